/**
 * Text builder that records PHI spans while the text is written, so offsets are exact by
 * construction (never found by searching the finished text).
 *
 * @example
 * const b = new TextBuilder();
 * b.t('Patient: ').p('NAME', 'Hope Young').nl();
 * b.build(); // { text: 'Patient: Hope Young\n', phi: [{ start: 9, end: 19, category: 'NAME' }], intended: ['Hope Young'] }
 */
import type { PhiCategory, PhiSpan } from './phi.js';

/** Accumulates text and PHI spans. @example new TextBuilder().t('x').p('DATE', '3/4/21').build() */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private spans: PhiSpan[] = [];
  private values: string[] = [];

  /** Append plain (non-PHI) text. */
  t(text: string): this {
    this.parts.push(text);
    this.length += text.length;
    return this;
  }

  /** Append a PHI value and record its span. */
  p(category: PhiCategory, value: string): this {
    if (value.length === 0) throw new Error(`TextBuilder.p: empty ${category} value`);
    this.spans.push({ start: this.length, end: this.length + value.length, category });
    this.values.push(value);
    return this.t(value);
  }

  /** Append a line break (or `n` of them). */
  nl(n = 1): this {
    return this.t('\n'.repeat(n));
  }

  /** Append another builder's content, shifting its spans. */
  append(other: TextBuilder): this {
    const built = other.build();
    for (let i = 0; i < built.phi.length; i++) {
      const s = built.phi[i];
      this.spans.push({ start: s.start + this.length, end: s.end + this.length, category: s.category });
      this.values.push(built.intended[i]);
    }
    return this.t(built.text);
  }

  /** Current text length (UTF-16 code units). */
  get size(): number {
    return this.length;
  }

  /** The finished text, spans and intended span values. */
  build(): { text: string; phi: PhiSpan[]; intended: string[] } {
    return { text: this.parts.join(''), phi: this.spans.map((s) => ({ ...s })), intended: [...this.values] };
  }
}
