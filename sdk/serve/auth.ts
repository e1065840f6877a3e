/**
 * API keys: read from a key file, an environment variable or the caller, kept in memory only as
 * SHA-256 digests, and checked in constant time against every known key.
 *
 * Key file: one key a line, `<name> <role> <key>` or `<name> <role> sha256:<hex digest of the
 * key>`; `#` starts a comment; roles are `clinician` and `admin`. The environment variable
 * (`MEDTUNE_API_KEYS` unless told otherwise) holds the same lines, separated by newlines or `;`.
 *
 * @example
 * const keys = KeyRing.fromSources({ file: 'keys.txt', env: 'MEDTUNE_API_KEYS' });
 * keys.check('Bearer s3cret-key')?.name; // 'alice'
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Roles a key can have; admin can do all a clinician can plus the admin routes. @example Role.parse('admin'); */
export const Role = z.enum(['clinician', 'admin']);
/** @example const r: Role = 'clinician'; */
export type Role = z.infer<typeof Role>;

/**
 * A key given in code: the key itself or its SHA-256 hex digest.
 *
 * @example
 * ApiKeySpec.parse({ name: 'ops', role: 'admin', sha256: 'ab12...' });
 */
export const ApiKeySpec = z.union([
  z.strictObject({ name: z.string().regex(/^\S+$/), role: Role, key: z.string().min(1) }),
  z.strictObject({ name: z.string().regex(/^\S+$/), role: Role, sha256: z.string().regex(/^[0-9a-f]{64}$/i) }),
]);
/** @example const k: ApiKeySpec = { name: 'alice', role: 'clinician', key: 'k-123' }; */
export type ApiKeySpec = z.infer<typeof ApiKeySpec>;

/** Who made a request. @example const id: KeyIdentity = { name: 'alice', role: 'clinician' }; */
export interface KeyIdentity {
  name: string;
  role: Role;
}

interface StoredKey extends KeyIdentity {
  digest: Buffer; // SHA-256 of the key, 32 bytes
}

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Parse key lines (file or environment variable). Errors name the source and line, never the key.
 *
 * @example
 * parseKeyLines('alice clinician k-123\nops admin sha256:' + 'a'.repeat(64), 'keys.txt').length; // 2
 */
export function parseKeyLines(text: string, source: string): ApiKeySpec[] {
  const out: ApiKeySpec[] = [];
  text.split(/\r?\n|;/).forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const where = source.startsWith('$') ? `${source} entry ${i + 1}` : `${source}:${i + 1}`;
    const parts = line.split(/\s+/);
    if (parts.length !== 3) {
      throw new Error(`${where}: found ${parts.length} field(s); expected '<name> <role> <key>' or '<name> <role> sha256:<hex>'`);
    }
    const [name, role, secret] = parts;
    const r = Role.safeParse(role);
    if (!r.success) throw new Error(`${where}: role '${role.slice(0, 20)}' is not known; expected clinician or admin`);
    if (secret.startsWith('sha256:')) {
      const hex = secret.slice('sha256:'.length);
      if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error(`${where}: the sha256: digest is not 64 hexadecimal characters`);
      out.push({ name, role: r.data, sha256: hex.toLowerCase() });
    } else {
      out.push({ name, role: r.data, key: secret });
    }
  });
  return out;
}

/** Where keys come from. @example const s: KeySources = { file: 'keys.txt', env: 'MEDTUNE_API_KEYS', keys: [] }; */
export interface KeySources {
  file?: string;
  /** Name of an environment variable with key lines; unset or empty adds nothing. */
  env?: string;
  keys?: ApiKeySpec[];
}

/**
 * The known keys, as digests. `check` hashes the presented key and compares it with every stored
 * digest using `timingSafeEqual` (no early exit), so timing does not reveal which key matched.
 *
 * @example
 * const ring = new KeyRing([{ name: 'alice', role: 'clinician', key: 'k-123' }]);
 * ring.check('Bearer k-123'); // { name: 'alice', role: 'clinician' }
 */
export class KeyRing {
  private readonly keys: StoredKey[];

  constructor(specs: readonly ApiKeySpec[]) {
    const names = new Set<string>();
    this.keys = specs.map((s) => {
      if (names.has(s.name)) throw new Error(`API keys: the name '${s.name}' is used twice; expected one key per name (the audit log identifies keys by name)`);
      names.add(s.name);
      const digest = 'key' in s ? sha256(s.key) : Buffer.from(s.sha256, 'hex');
      return { name: s.name, role: s.role, digest };
    });
    const digests = new Set(this.keys.map((k) => k.digest.toString('hex')));
    if (digests.size !== this.keys.length) throw new Error('API keys: two names share the same key; expected a distinct key per name');
  }

  /**
   * Keys from a file, an environment variable and/or code. At least one key is required: a
   * server without keys would answer anyone.
   *
   * @example
   * KeyRing.fromSources({ file: 'keys.txt' }).size;
   */
  static fromSources(sources: KeySources): KeyRing {
    const specs: ApiKeySpec[] = [...(sources.keys ?? [])];
    if (sources.file !== undefined) {
      let text: string;
      try {
        text = readFileSync(sources.file, 'utf8');
      } catch (e) {
        throw new Error(`${sources.file}: cannot read the API key file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      specs.push(...parseKeyLines(text, sources.file));
    }
    const envText = sources.env ? process.env[sources.env] : undefined;
    if (envText) specs.push(...parseKeyLines(envText, `$${sources.env}`));
    if (specs.length === 0) {
      throw new Error(
        `no API keys: give a key file (--api-key-file, lines '<name> <role> <key>' or '<name> <role> sha256:<hex>')` +
          `${sources.env ? ` or set ${sources.env}` : ''}`,
      );
    }
    return new KeyRing(specs);
  }

  /** Number of keys. @example ring.size; // 2 */
  get size(): number {
    return this.keys.length;
  }

  /**
   * The identity of an `Authorization` header value (`Bearer <key>`), or undefined.
   *
   * @example
   * ring.check(request.headers.authorization);
   */
  check(authorization: string | undefined): KeyIdentity | undefined {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!m) return undefined;
    const presented = sha256(m[1]);
    let found: StoredKey | undefined;
    for (const k of this.keys) if (timingSafeEqual(k.digest, presented) && !found) found = k;
    return found ? { name: found.name, role: found.role } : undefined;
  }
}

/**
 * The line to put in a key file for `key` without storing the key itself.
 *
 * @example
 * hashedKeyLine('alice', 'clinician', 'k-123'); // 'alice clinician sha256:…'
 */
export function hashedKeyLine(name: string, role: Role, key: string): string {
  return `${name} ${role} sha256:${sha256(key).toString('hex')}`;
}

/**
 * Counts failed key checks per client address in a sliding minute, so keys cannot be guessed at
 * speed: once `maxPerMinute` failures are reached, every request from that address is refused
 * (429, without checking its key, or a lucky guess would still get through) until the oldest
 * failure is a minute old.
 *
 * @example
 * const guard = new AuthFailureLimiter(20);
 * if (guard.blockedFor(ip) > 0) refuse(); else if (!ring.check(h)) guard.fail(ip);
 */
export class AuthFailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly maxPerMinute: number) {}

  private recent(address: string, now: number): number[] {
    const kept = (this.failures.get(address) ?? []).filter((t) => now - t < 60_000);
    if (kept.length) this.failures.set(address, kept);
    else this.failures.delete(address);
    return kept;
  }

  /** Seconds until `address` may try again (0 = now). @example guard.blockedFor('127.0.0.1'); // 0 */
  blockedFor(address: string, now = Date.now()): number {
    const kept = this.recent(address, now);
    return kept.length >= this.maxPerMinute ? Math.max(1, Math.ceil((kept[0] + 60_000 - now) / 1000)) : 0;
  }

  /** Record a failed attempt. @example guard.fail('127.0.0.1'); */
  fail(address: string, now = Date.now()): void {
    this.failures.set(address, [...this.recent(address, now), now]);
  }
}
