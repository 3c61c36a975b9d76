// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toFixed1 } from './classify';
import { classify, classifyBatch, FLAGS, LabelsSchema, normalizeLanguage, TONE_LANGUAGES, TOPICS } from './index';
import type { Flag } from './labels';
import { isStopWord } from './stopwords';
import { decodeBase64, decodeBase64Portable, encodeBase64 } from './model';

describe('classify', () => {
  it('returns valid Labels with probabilities summing to 1', () => {
    for (const text of ['I love this place!', 'Worst service ever', 'Open 9 to 5 on weekdays', '']) {
      const labels = LabelsSchema.parse(classify(text));
      const { positive, neutral, negative } = labels.scores;
      expect(positive + neutral + negative).toBeCloseTo(1, 10);
      expect(Math.min(positive, neutral, negative)).toBeGreaterThanOrEqual(0);
      const top = Object.entries(labels.scores).sort((a, b) => b[1] - a[1])[0]![0];
      expect(labels.tone).toBe(top);
      for (const flag of labels.flags) expect(FLAGS).toContain(flag);
      for (const topic of labels.topics) expect(TOPICS).toContain(topic);
    }
  });

  it('gets clear cases right and says why', () => {
    const bad = classify('This is the WORST service ever, absolutely terrible 😡');
    expect(bad.tone).toBe('negative');
    expect(bad.reasons.some((r) => /^negative: '.*(worst|terrible).*' \(\+\d+\.\d\)$/.test(r))).toBe(true);
    const good = classify('Thank you so much, the staff were amazing and so helpful! ❤️');
    expect(good.tone).toBe('positive');
    expect(good.topics).toContain('staff');
    expect(good.reasons[0]).toMatch(/^positive: '/);
  });

  it('flags complaints and abuse that are learned, with reasons', () => {
    const complaint = classify('@AcmeHelp I have been waiting 3 weeks for my order and still nothing. No reply to my emails either.');
    expect(complaint.flags).toContain('complaint');
    expect(complaint.reasons.some((r) => r.startsWith('flag complaint: '))).toBe(true);
    // The complaint threshold favours recall (best F1 on val), so a thank-you that mentions a
    // reply can still be flagged; plain praise is not.
    const praise = classify('Love my new jacket, thank you so much! Best shop in town');
    expect(praise.flags).not.toContain('complaint');
    const abusive = classify('@user you are a fucking idiot, shut up');
    expect(abusive.flags).toContain('abusive');
    expect(classify('Have a lovely weekend everyone').flags).not.toContain('abusive');
    // Disappointment is not abuse: without a listed swear word or insult the bar is higher.
    for (const text of ['what a disappointment!', 'poor substitute for an ipod']) {
      const labels = classify(text);
      expect(labels.flags).not.toContain('abusive');
      expect(labels.tone).toBe('negative');
    }
  });

  it('adds rule flags with the rule named', () => {
    const labels = classify('I want a refund or my lawyer will hear about it. I will post this everywhere. Why is this so hard?');
    expect(labels.flags).toEqual(expect.arrayContaining(['refund', 'legal', 'escalation', 'question']));
    expect(labels.reasons).toEqual(
      expect.arrayContaining(["flag legal: rule 'lawyer'", "flag refund: rule 'refund'", "flag escalation: rule 'post everywhere'"]),
    );
    // Flags come in FLAGS order.
    expect(labels.flags).toEqual([...labels.flags].sort((a, b) => FLAGS.indexOf(a as Flag) - FLAGS.indexOf(b as Flag)));
  });

  it('reads negation: "not good" is not positive', () => {
    expect(classify('The food was good').tone).toBe('positive');
    expect(classify('The food was not good at all').tone).not.toBe('positive');
  });

  it('never throws on odd input and is deterministic', () => {
    const odd = [
      '',
      ' ',
      '\ud800',
      '\udfff\ud800x',
      'مرحبا، الخدمة سيئة جدا',
      '\u0000\u0007binary\uffff',
      '😀'.repeat(100_000),
      'a'.repeat(1_000_000),
      '&#xD800; \\ud800',
    ];
    for (const text of odd) {
      const labels = classify(text);
      expect(LabelsSchema.safeParse(labels).success).toBe(true);
      expect(classify(text)).toEqual(labels);
      expect(JSON.parse(JSON.stringify(labels))).toEqual(labels);
    }
    expect(classify(undefined as unknown as string).tone).toBeDefined();
  });

  it('classifyBatch equals classify one by one, in order', () => {
    const texts = ['great!', 'awful.', 'where is my parcel?'];
    expect(classifyBatch(texts)).toEqual(texts.map((t) => classify(t)));
    expect(classifyBatch([])).toEqual([]);
  });
});

describe('classify in other languages', () => {
  it('reads each language with its own model when the caller names it', () => {
    expect(TONE_LANGUAGES).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es', 'it', 'pt']));
    const fr = classify('Service épouvantable, je ne reviendrai jamais.', { language: 'fr' });
    expect(fr.language).toBe('fr');
    expect(fr.toneSource).toBe('words');
    expect(fr.tone).toBe('negative');
    // A lexicon word is credited with what it did through the lexicon features.
    expect(fr.reasons[0]).toMatch(/^negative: 'épouvantable' \(\+\d+\.\d\)$/);
    expect(classify('Super Service, sehr freundlich und schnell! Danke', { language: 'de' }).tone).toBe('positive');
    expect(classify('Excelente atención, muy contentos, gracias!', { language: 'es' }).tone).toBe('positive');
    expect(classify('Ottimo cibo, bravissimi, grazie!', { language: 'it' }).tone).toBe('positive');
    expect(classify('Atendimento horrível, péssimo, nunca mais', { language: 'pt' }).tone).toBe('negative');
    // No language given: English, as before (the Labels of existing callers keep their fields).
    const en = classify('I love this place!');
    expect(en.language).toBe('en');
    expect(en.tone).toBe('positive');
    expect(classify('I love this place!', { language: 'EN-gb' })).toEqual(en);
  });

  it('gives a language without a model tone from emoji only, with low confidence, and says so', () => {
    const angry = classify('Slechte service, nooit meer 😡😡', { language: 'nl' });
    expect(angry.toneSource).toBe('emoji');
    expect(angry.tone).toBe('negative');
    expect(Math.max(angry.scores.negative, angry.scores.neutral, angry.scores.positive)).toBeLessThanOrEqual(0.65);
    expect(angry.reasons[0]).toBe('tone: emoji only (no nl model)');
    expect(classify('Heel fijn, dank je 😍', { language: 'nl' }).tone).toBe('positive');
    const plain = classify('Slechte service, nooit meer', { language: 'nl' });
    expect(plain.tone).toBe('neutral');
    expect(plain.reasons[0]).toBe('tone: nothing to read without a nl model');
    // Learned flags are English heads: no abusive or complaint guesses from foreign words.
    expect(classify('you are a fucking idiot 😡', { language: 'nl' }).flags).not.toContain('abusive');
    expect(normalizeLanguage('pt-BR')).toBe('pt');
    expect(normalizeLanguage('???')).toBe('und');
  });

  it('never names a function word as a reason, in any supported language', () => {
    const texts: [string, string][] = [
      ['what a disappointment!', 'en'],
      ['poor substitute for an ipod', 'en'],
      ['The staff were rude to us and the food was cold', 'en'],
      ["C'est le pire service de la ville, une honte", 'fr'],
      ['Das ist der schlechteste Service, die sind unfreundlich', 'de'],
      ['El peor servicio de la ciudad, una vergüenza', 'es'],
      ['Il servizio è stato pessimo, una vergogna', 'it'],
      ['O atendimento foi péssimo, uma vergonha', 'pt'],
    ];
    for (const [text, language] of texts) {
      for (const reason of classify(text, { language }).reasons) {
        const quoted = /'([^']+)'/.exec(reason)?.[1];
        if (quoted === undefined || reason.includes('rule')) continue;
        for (const word of quoted.split(' ')) expect([reason, isStopWord(word, language)]).toEqual([reason, false]);
      }
    }
  });
});

describe('base64 helpers', () => {
  it('round-trip bytes of every length', () => {
    for (let n = 0; n < 8; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 0xff);
      expect([...decodeBase64(encodeBase64(bytes))]).toEqual([...bytes]);
      expect([...decodeBase64Portable(encodeBase64(bytes))]).toEqual([...bytes]);
    }
  });
});

describe('toFixed1', () => {
  it('formats exactly as toFixed(1), including values next to a rounding boundary', () => {
    const values = [
      0,
      0.05,
      0.04999999999999999,
      0.15,
      0.25,
      0.35,
      1.05,
      2.45,
      9.95,
      99.95,
      1e13 + 0.05,
      123456.75,
      5e-324,
      1e14,
      1e20,
      -0.25,
      -1,
      Infinity,
      NaN,
    ];
    let seed = 3;
    const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let k = 0; k < 200_000; k++) values.push(rnd() * 10 ** Math.floor(rnd() * 8 - 2));
    // Each half-tenth boundary k/10 + 0.05 and its floating-point neighbours.
    const bits = new Float64Array(1);
    const words = new BigInt64Array(bits.buffer);
    for (let k = 0; k < 20_000; k++) {
      bits[0] = k / 10 + 0.05;
      for (let d = -3n; d <= 3n; d++) {
        const near = new BigInt64Array([words[0]! + d]);
        values.push(new Float64Array(near.buffer)[0]!);
      }
    }
    for (const x of values) if (toFixed1(x) !== x.toFixed(1)) expect([x, toFixed1(x)]).toEqual([x, x.toFixed(1)]);
  });
});
