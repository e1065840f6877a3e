"""Reference values of test/generation/logits-processors.test.ts's samplerRng check (committed; CI
never runs this): mulberry32 ported to Python with explicit 32-bit arithmetic, independent of the
TypeScript one in sdk/runtime/random.ts.

Run: /usr/bin/python3 scripts/reference/mulberry32_ref.py [seed] [count]   (default 42, 3)
"""
import sys

MASK = 0xFFFFFFFF


def imul(a, b):
    """Math.imul: the low 32 bits of the product, as unsigned."""
    return (a * b) & MASK


def mulberry32(seed):
    a = seed & MASK
    while True:
        a = (a + 0x6D2B79F5) & MASK
        t = a
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & MASK
        yield ((t ^ (t >> 14)) & MASK) / 4294967296


if __name__ == "__main__":
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 42
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    gen = mulberry32(seed)
    print([repr(next(gen)) for _ in range(count)])
