/**
 * Surrogate generation: a realistic, format-preserving fake for each PHI span, derived only
 * from (seed, patient, category, normalized value) so the same real value always maps to the
 * same fake within a patient's records, in any process or worker. Names map word by word, so
 * "Hope Young", "Ms. Young" and "YOUNG, HOPE" stay one consistent fake person; dates move by the
 * patient's single offset and keep their written format; ages over 89 become "90+".
 *
 * @example
 * const s = new SurrogateGenerator({ seed: 's', patient: 'pt-1', shiftDays: -40 });
 * s.generate({ category: 'DATE', start: 0, end: 10, score: 1 }, '03/14/2021'); // '02/02/2021'
 */
import { en } from '@faker-js/faker';
import { vinCheckChar } from './checksums.js';
import { shiftDateText } from './date-format.js';
import { dictionaries } from './dictionaries.js';
import { hashString, mulberry32, pick } from '../runtime/random.js';
import { matchCase, randomizeShape } from './shape.js';
import type { Candidate } from './span.js';

/** Per-patient surrogate scope. @example const s: SurrogateScope = { seed: 'k', patient: 'pt-1', shiftDays: -40 }; */
export interface SurrogateScope {
  seed: string;
  patient: string;
  /** Days every date of this patient moves by. */
  shiftDays: number;
}

let pools: { first: string[]; last: string[]; cities: string[] } | null = null;
/** Fake-value pools from faker's en locale (US-looking fakes), minus everyday words, sorted for determinism. */
function surrogatePools() {
  if (!pools) {
    const d = dictionaries();
    const clean = (xs: unknown) =>
      [...new Set((Object.values(xs as Record<string, string[]>).flat() as string[]).filter((w) => /^[A-Z][a-z]{2,}$/.test(w) && !d.common.has(w.toLowerCase())))].sort();
    pools = {
      first: clean(en.person?.first_name),
      last: clean(en.person?.last_name),
      cities: [...new Set((en.location?.city_name ?? []) as string[])].filter((w) => /^[A-Z][A-Za-z ]+$/.test(w)).sort(),
    };
  }
  return pools;
}

/** Generates consistent surrogates for one patient scope. @example new SurrogateGenerator({ seed: 'k', patient: 'pt-1', shiftDays: -40 }).generate(span, 'John Smith'); */
export class SurrogateGenerator {
  constructor(readonly scope: SurrogateScope) {}

  /** A generator seeded by the scope and a key, so the same key always draws the same values. */
  rng(key: string): () => number {
    return mulberry32(hashString(`${this.scope.seed}\u0000${this.scope.patient}\u0000${key}`));
  }

  /** One name word → one fake word, by its role (given names from given names, else surnames). */
  private nameWord(word: string): string {
    const p = surrogatePools();
    const d = dictionaries();
    const lower = word.toLowerCase();
    const rng = this.rng(`name\u0000${lower}`);
    let fake = d.firstNames.has(lower) && !d.lastNames.has(lower) ? pick(p.first, rng) : pick(p.last, rng);
    if (fake.toLowerCase() === lower) fake = pick(p.last, rng);
    return matchCase(word, fake);
  }

  private name(original: string): string {
    // Keep separators, particles' positions and initials' shape; replace every word.
    return original.replace(/\p{L}[\p{L}\p{M}'’]*/gu, (w) => {
      if (/^\p{L}$/u.test(w)) {
        const letters = 'ABCDEFGHJKLMNPRSTW';
        const r = this.rng(`initial\u0000${w.toLowerCase()}`);
        const ch = letters[Math.floor(r() * letters.length)];
        return w === w.toLowerCase() ? ch.toLowerCase() : ch;
      }
      if (/^(?:van|von|de|der|den|da|del|della|di|du|le|la)$/i.test(w)) return w;
      if (/^\p{Lu}{2,4}$/u.test(w) && !dictionaries().firstNames.has(w.toLowerCase()) && !dictionaries().lastNames.has(w.toLowerCase())) {
        // Initials such as "JKR": same number of letters.
        return randomizeShape(w, this.rng(`initials\u0000${w}`));
      }
      return this.nameWord(w.replace(/['’]/g, '').length === w.length ? w : w);
    });
  }

  private location(span: Candidate, original: string): string {
    const p = surrogatePools();
    const rng = this.rng(`loc\u0000${original.toLowerCase()}`);
    switch (span.kind) {
      case 'zip':
        return randomizeShape(original, rng);
      case 'pobox':
      case 'coordinates':
        return original.replace(/\d+/g, (n) => randomizeShape(n, rng));
      case 'street': {
        // "42 Elm Street, Apt 3B" → "<number> <Fake> <same suffix>[, same unit shape]".
        const m = /^(\d+[A-Za-z]?(?:-\d+)?)(\s+)(.*?)(\s+)(\S+?\.?)((?:,?\s*\S+\s*#?\s*[A-Z0-9-]+)?)$/.exec(original);
        if (!m) return randomizeShape(original, rng);
        const words = m[3].split(/\s+/).map((w) => (/^(?:[NSEW]\.?|North|South|East|West)$/i.test(w) ? w : matchCase(w, pick(p.last, rng))));
        return `${randomizeShape(m[1], rng)}${m[2]}${words.join(' ')}${m[4]}${m[5]}${m[6].replace(/[0-9]+/g, (n) => randomizeShape(n, rng))}`;
      }
      case 'facility': {
        // Keep the generic words ("General Hospital"), replace the distinctive ones.
        return original.replace(/\p{Lu}[\p{L}'’-]*/gu, (w) =>
          /^(?:Hospital|Medical|Center|Centre|Clinic|Health|Care|Home|Nursing|Rehabilitation|General|Memorial|Regional|Community|University|County|Children's|Institute|Hospice|Associates|Group|Practice|Laboratory|Imaging|Cardiology|Oncology|Pediatrics|Surgery|St\.?|Saint|Mount|The|And|Of)$/i.test(w)
            ? w
            : matchCase(w, pick(p.last, rng)),
        );
      }
      default:
        return matchCase(original, pick(p.cities, rng));
    }
  }

  private email(original: string): string {
    const rng = this.rng(`email\u0000${original.toLowerCase()}`);
    const p = surrogatePools();
    const local = `${pick(p.first, rng)}.${pick(p.last, rng)}`.toLowerCase();
    return `${local}${Math.floor(rng() * 90 + 10)}@example.${pick(['com', 'org', 'net'], rng)}`;
  }

  private url(original: string): string {
    const rng = this.rng(`url\u0000${original.toLowerCase()}`);
    const scheme = /^https?:\/\//i.exec(original)?.[0] ?? (/^www\./i.test(original) ? 'www.' : '');
    const path = /\/[^?#]*\//.test(original.replace(/^https?:\/\//i, '')) ? `/${randomizeShape('record', rng)}` : '';
    return `${scheme === 'www.' ? 'www.' : scheme}example-${randomizeShape('abcdef', rng)}.org${path}`;
  }

  private ip(original: string): string {
    const rng = this.rng(`ip\u0000${original.toLowerCase()}`);
    if (original.includes(':')) return `2001:db8::${Math.floor(rng() * 0xffff).toString(16)}:${Math.floor(rng() * 0xffff).toString(16)}`;
    // RFC 5737 documentation ranges: never a real host.
    const net = pick(['192.0.2', '198.51.100', '203.0.113'], rng);
    return `${net}.${1 + Math.floor(rng() * 254)}`;
  }

  private vin(original: string): string {
    const rng = this.rng(`vin\u0000${original.toUpperCase()}`);
    const chars = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
    let v = '';
    for (let i = 0; i < 17; i++) v += chars[Math.floor(rng() * chars.length)];
    v = `${v.slice(0, 8)}0${v.slice(9)}`;
    return `${v.slice(0, 8)}${vinCheckChar(v)}${v.slice(9)}`;
  }

  /**
   * The surrogate for one span.
   *
   * @example
   * gen.generate(span, 'AB1234563');
   */
  generate(span: Candidate, original: string): string {
    const key = `${span.category}\u0000${original.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')}`;
    switch (span.category) {
      case 'AGE':
        return /^\d+$/.test(original) ? '90+' : 'ninety or older';
      case 'DATE':
        return shiftDateText(original, this.scope.shiftDays) ?? randomizeShape(original, this.rng(key));
      case 'NAME':
        return this.name(original);
      case 'LOCATION':
        return this.location(span, original);
      case 'EMAIL':
        return this.email(original);
      case 'URL':
        return this.url(original);
      case 'IP':
        return this.ip(original);
      case 'VEHICLE':
        return span.kind === 'vin' || /^[A-HJ-NPR-Z0-9]{17}$/i.test(original) ? this.vin(original) : randomizeShape(original, this.rng(key));
      case 'SSN': {
        // Area 900-999 is never issued: a surrogate can never be someone's real SSN.
        const fake = randomizeShape(original, this.rng(key));
        return fake.replace(/^\d/, '9');
      }
      case 'PHONE':
      case 'FAX':
        return this.phone(original, key);
      default:
        return randomizeShape(original, this.rng(key));
    }
  }

  /** Digits only change ("x22" stays an extension); the area code and exchange never start with 0/1. */
  private phone(original: string, key: string): string {
    const rng = this.rng(key);
    let groupStart = true;
    let digitsSeen = 0;
    let out = '';
    for (const ch of original) {
      if (/\d/.test(ch)) {
        const leadingCountry = digitsSeen === 0 && /^\s*(?:\+|00)/.test(original);
        const d = leadingCountry ? ch : groupStart ? 2 + Math.floor(rng() * 8) : Math.floor(rng() * 10);
        out += String(d);
        digitsSeen++;
        groupStart = false;
      } else {
        out += ch;
        groupStart = /[\s().\-\/]/.test(ch) || groupStart;
      }
    }
    return out;
  }
}
