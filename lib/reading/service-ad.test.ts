// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/classifier';
import { readItem } from './read';

const flagsOf = (text: string) => readItem({ text }, { classify }).flags;

describe('adverts for unrelated services are spam', () => {
  it.each([
    'Need a plumber? Call Dave 07700 900123, cheap rates',
    "Besoin d'un électricien ? Devis gratuit, appelez le 06 12 34 56 78",
    '¿Necesitas una mudanza? Presupuesto sin compromiso, WhatsApp 612 345 678',
    'Brauchen Sie einen Maler? Faire Preise, ruf an 0151 2345678',
    'Hai bisogno di un idraulico? Preventivo gratuito, chiama 333 1234567',
    'Precisa de um eletricista? Orçamento grátis, liga 912 345 678',
    'Lash extensions from £25, DM for prices 💅',
  ])('%s', (text) => {
    expect(flagsOf(text)).toContain('spam');
  });

  it.each([
    'Called 07700 900123 three times about my order and nobody answered. Cheap rates my foot.',
    'Need a table for 8 on Saturday? Call me back on 07700 900123 please',
    'Do you need a booking for brunch? I called 020 7946 0018 and no answer',
  ])('a customer who gives a number is not spam: %s', (text) => {
    expect(flagsOf(text)).not.toContain('spam');
  });
});
