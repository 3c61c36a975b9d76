// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evidenceRanges, plainReason, plainReasons, pointReason } from './reasons';

describe('plain reasons', () => {
  it('rewords the reading step’s reasons as what the person does, keeping the quoted words', () => {
    expect(plainReason("Reads as negative: 'rude', 'slow'")).toEqual({
      text: "sounds negative: says 'rude', 'slow'",
      evidence: ['rude', 'slow'],
    });
    expect(plainReason("Legal threat: 'my lawyer'")).toEqual({ text: "talks of legal action: says 'my lawyer'", evidence: ['my lawyer'] });
    expect(plainReason("Asks: 'when do you open?'")).toEqual({ text: "asks 'when do you open?'", evidence: ['when do you open?'] });
    expect(plainReason('1 of 5 stars')).toEqual({ text: '1 of 5 stars', evidence: [] });
    expect(plainReason('Reads as negative (stars and words together)').text).toBe('sounds negative (stars and words together)');
    expect(plainReason("Complains about 'the staff'").text).toBe("complains about 'the staff'");
  });

  it('drops the tone model’s weights and rule names', () => {
    expect(plainReason("negative: 'too' (+0.5)")).toEqual({ text: "sounds negative: says 'too'", evidence: ['too'] });
    expect(plainReason("flag complaint: 'again'")).toEqual({ text: "reads as complaint: says 'again'", evidence: ['again'] });
    expect(plainReason("flag legal: rule 'lawyer'").text).toBe('reads as legal');
  });

  it('says a point as a sentence, naming the aspect only when the words do not', () => {
    expect(pointReason({ aspect: 'staff', polarity: 'negative', text: 'rude' }).text).toBe("says 'rude' about staff");
    expect(pointReason({ aspect: 'staff', polarity: 'negative', text: 'rude staff' }).text).toBe("says 'rude staff'");
    expect(pointReason({ aspect: 'product', polarity: 'positive', text: 'croissant' }).text).toBe("praises the product: 'croissant'");
  });

  it('adds points not already quoted, once, up to the limit', () => {
    const reasons = plainReasons({
      reasons: ['Reads as negative', '1 of 5 stars', "Complains about 'cold'"],
      points: [
        { aspect: 'temperature', polarity: 'negative', text: 'cold' },
        { aspect: 'staff', polarity: 'negative', text: 'rude' },
      ],
    });
    expect(reasons.map((r) => r.text)).toEqual(['sounds negative', '1 of 5 stars', "complains about 'cold'", "says 'rude' about staff"]);
  });
});

describe('evidence ranges', () => {
  it('finds folded evidence in the original text, accents and case aside, whole words first', () => {
    const text = 'Mon compte a été DÉBITÉ deux fois. Débité!';
    const [range] = evidenceRanges(text, ['debite']);
    expect(text.slice(...range!)).toBe('DÉBITÉ');
    const words = 'The staff were rude; rudeness all round';
    expect(evidenceRanges(words, ['rude']).map((r) => words.slice(...r))).toEqual(['rude']);
  });

  it('merges overlapping evidence and ignores words not in the text', () => {
    const text = 'Cold soup and slow service.';
    expect(evidenceRanges(text, ['cold soup', 'soup', 'missing', 'slow'])).toEqual([
      [0, 9],
      [14, 18],
    ]);
  });
});
