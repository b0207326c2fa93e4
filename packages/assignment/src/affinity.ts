/**
 * Affinity (匹配度) between an expert and a challenge: a documented, deterministic score in [0, 1], with no model
 * and no download, so anyone can recompute a recorded draw's inputs by hand.
 *
 *   affinity = 0.6 · field + 0.4 · text          (rounded to 1e-6, so ties and replays are bit-identical)
 *
 * - field: how much of the challenge's field codes (GB/T 4754-2017 divisions such as C36 汽车制造业, derived from
 *   its 领域 and 产业链) the expert covers: Σ over the challenge's codes of 1 when the expert holds the code, 0.5
 *   when the expert only holds a code of the same GB/T 4754 section (same letter: C36 vs C39 are both
 *   manufacturing), else 0; divided by the number of challenge codes. A challenge with no code leaves the text
 *   alone to decide (affinity = text), rather than marking every expert down by 0.6.
 * - text: cosine similarity of term-frequency vectors. Both texts are normalised (Unicode NFKC: full-width →
 *   half-width; lower case; every character that is neither a letter nor a digit becomes a separator); a run of
 *   Chinese characters contributes its character bigrams (a single character stands alone), any other run of
 *   letters/digits is one word (Latin words, model numbers). Chinese needs no segmenter this way and 缺陷检测 ~
 *   检测缺陷 still share bigrams. Term counts are integers, so the dot product and norms are exact and the score
 *   is exactly symmetric.
 *
 * The expert side is the profile's field codes and its expertise plus professional title; the challenge side is
 * its field codes and its title, problem statement, application scenario and indicator names.
 */

export const FIELD_WEIGHT = 0.6;
export const TEXT_WEIGHT = 0.4;
/** Credit for a challenge code the expert matches only by GB/T 4754 section letter. */
export const SECTION_CREDIT = 0.5;

export interface AffinitySubject {
  fieldCodes: readonly string[];
  text: string;
}

/** A subject with its terms counted once, for scoring it against many others. */
export interface PreparedAffinitySubject {
  fieldCodes: ReadonlySet<string>;
  sections: ReadonlySet<string>;
  terms: ReadonlyMap<string, number>;
  /** Σ count², an integer. */
  normSquared: number;
}

const HAN = /\p{Script=Han}/u;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/** NFKC (full-width → half-width), lower case, every non-letter non-digit → one space. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(SEPARATORS, ' ').trim();
}

/** Term counts: Chinese character bigrams (a lone character as itself) and whole non-Chinese words. */
export function textTerms(text: string): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (term: string) => terms.set(term, (terms.get(term) ?? 0) + 1);
  for (const token of normaliseText(text).split(' ')) {
    if (!token) continue;
    // Split the token into runs of Han and non-Han characters: "5g通信模组" → "5g", "通信模组".
    let run = '';
    let runIsHan = false;
    const flush = () => {
      if (!run) return;
      if (!runIsHan) add(run);
      else {
        const chars = [...run];
        if (chars.length === 1) add(chars[0]!);
        for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!);
      }
      run = '';
    };
    for (const char of token) {
      const han = HAN.test(char);
      if (run && han !== runIsHan) flush();
      runIsHan = han;
      run += char;
    }
    flush();
  }
  return terms;
}

const sectionOf = (code: string): string => code.trim().charAt(0).toUpperCase();

export function prepareAffinitySubject(subject: AffinitySubject): PreparedAffinitySubject {
  const codes = new Set(subject.fieldCodes.map((code) => code.trim().toUpperCase()).filter(Boolean));
  const terms = textTerms(subject.text);
  let normSquared = 0;
  for (const count of terms.values()) normSquared += count * count;
  return { fieldCodes: codes, sections: new Set([...codes].map(sectionOf)), terms, normSquared };
}

/** Field overlap seen from the challenge: 1 per code held, SECTION_CREDIT per code matched by section, over |C|. */
export function fieldOverlap(expert: PreparedAffinitySubject, challenge: PreparedAffinitySubject): number {
  if (challenge.fieldCodes.size === 0) return 0;
  let credit = 0;
  for (const code of challenge.fieldCodes) {
    if (expert.fieldCodes.has(code)) credit += 1;
    else if (expert.sections.has(sectionOf(code))) credit += SECTION_CREDIT;
  }
  return credit / challenge.fieldCodes.size;
}

/** Cosine similarity of the term counts; 0 when either text has no term. Exactly symmetric. */
export function textSimilarity(a: PreparedAffinitySubject, b: PreparedAffinitySubject): number {
  if (a.normSquared === 0 || b.normSquared === 0) return 0;
  const [small, large] = a.terms.size <= b.terms.size ? [a.terms, b.terms] : [b.terms, a.terms];
  let dot = 0;
  for (const [term, count] of small) dot += count * (large.get(term) ?? 0);
  // Integer dot and norms: the product a·b is the same whichever side comes first.
  return Math.min(1, dot / Math.sqrt(a.normSquared * b.normSquared));
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

export function affinityBetween(expert: PreparedAffinitySubject, challenge: PreparedAffinitySubject): number {
  const text = textSimilarity(expert, challenge);
  if (challenge.fieldCodes.size === 0) return round6(text);
  return round6(FIELD_WEIGHT * fieldOverlap(expert, challenge) + TEXT_WEIGHT * text);
}

/** The affinity of an expert for a challenge, in [0, 1] with 6 decimals (see the file comment for the formula). */
export function affinityScore(expert: AffinitySubject, challenge: AffinitySubject): number {
  return affinityBetween(prepareAffinitySubject(expert), prepareAffinitySubject(challenge));
}
