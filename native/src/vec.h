/*
 * 8-wide float helpers on GCC/Clang vector extensions (compiled to AVX2/AVX-512 or NEON by the
 * target flags): loads and stores of unaligned memory, exp, and horizontal max/sum. libm's expf
 * is scalar and dominated the softmax and cross-entropy kernels; this one is vectorized.
 *
 * exp: Cody-Waite reduction x = n ln2 + r, |r| <= ln2/2, and Cephes' degree-6 polynomial for
 * e^r (relative error about 2e-7, i.e. 1-2 float ulp); 0 below -87.3 (where float would become
 * subnormal), so masked scores (-1e9) give exactly 0 as they do through libm.
 */
#ifndef MEDTUNE_VEC_H
#define MEDTUNE_VEC_H
#include <stdint.h>
#include <string.h>

typedef float v8f __attribute__((vector_size(32)));
typedef int32_t v8i __attribute__((vector_size(32)));

static inline v8f v8_load(const float *p) {
  v8f v;
  memcpy(&v, p, sizeof v);
  return v;
}
static inline void v8_store(float *p, v8f v) { memcpy(p, &v, sizeof v); }
static inline v8f v8_set1(float x) { return (v8f){x, x, x, x, x, x, x, x}; }
/* mask ? a : b per lane (mask lanes are all ones or all zeros, as comparisons produce) */
static inline v8f v8_select(v8i mask, v8f a, v8f b) { return (v8f)(((v8i)a & mask) | ((v8i)b & ~mask)); }
static inline v8f v8_max(v8f a, v8f b) { return v8_select(a > b, a, b); }

static inline v8f v8_exp(v8f x) {
  const v8f lo = v8_set1(-87.33654f), hi = v8_set1(88.37626f);
  v8i under = x < lo;
  x = v8_select(x > hi, hi, x);
  x = v8_select(under, lo, x);
  /* n = round(x / ln2) via the 1.5 * 2^23 trick, exact for |n| < 2^22 */
  const v8f magic = v8_set1(12582912.0f);
  v8f t = x * v8_set1(1.44269504088896341f) + magic;
  v8f n = t - magic;
  v8i ni = (v8i)t - (v8i)magic;
  v8f r = x - n * v8_set1(0.693359375f) - n * v8_set1(-2.12194440e-4f);
  v8f p = v8_set1(1.9875691500E-4f);
  p = p * r + v8_set1(1.3981999507E-3f);
  p = p * r + v8_set1(8.3334519073E-3f);
  p = p * r + v8_set1(4.1665795894E-2f);
  p = p * r + v8_set1(1.6666665459E-1f);
  p = p * r + v8_set1(5.0000001201E-1f);
  p = p * (r * r) + r + v8_set1(1.0f);
  v8f scale = (v8f)((ni + 127) << 23);
  v8f y = p * scale;
  return v8_select(under, v8_set1(0.0f), y);
}

static inline float v8_hsum(v8f v) { return ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7])); }
static inline float v8_hmax(v8f v) {
  float m = v[0];
  for (int i = 1; i < 8; i++) m = v[i] > m ? v[i] : m;
  return m;
}

/* The same exp for single values (tails of rows), through the vector path for identical results. */
static inline float exp1(float x) { return v8_exp(v8_set1(x))[0]; }

/* max of x[0..n) */
static inline float row_max(const float *x, int64_t n) {
  v8f m = v8_set1(-__builtin_inff());
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) m = v8_max(m, v8_load(x + i));
  float r = v8_hmax(m);
  for (; i < n; i++) r = x[i] > r ? x[i] : r;
  return r;
}

/* dst[i] = exp(src[i] - shift) * scale (dst may be NULL); returns sum of exp(src[i] - shift). */
static inline double exp_shift_sum(float *dst, const float *src, int64_t n, float shift, float scale) {
  v8f acc = v8_set1(0.0f), s = v8_set1(shift), k = v8_set1(scale);
  double total = 0;
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    v8f e = v8_exp(v8_load(src + i) - s);
    acc += e;
    if (dst) v8_store(dst + i, e * k);
    /* Flush the 8 float partial sums now and then: long rows (150k vocabularies) keep precision. */
    if ((i & 4095) == 4088) {
      total += v8_hsum(acc);
      acc = v8_set1(0.0f);
    }
  }
  total += v8_hsum(acc);
  for (; i < n; i++) {
    float e = exp1(src[i] - shift);
    total += e;
    if (dst) dst[i] = e * scale;
  }
  return total;
}

/* sum of a[i] * b[i], 8 float lanes flushed into a double every 4096 elements */
static inline double row_dot(const float *a, const float *b, int64_t n) {
  v8f acc = v8_set1(0.0f);
  double total = 0;
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    acc += v8_load(a + i) * v8_load(b + i);
    if ((i & 4095) == 4088) {
      total += v8_hsum(acc);
      acc = v8_set1(0.0f);
    }
  }
  total += v8_hsum(acc);
  for (; i < n; i++) total += (double)a[i] * b[i];
  return total;
}

#endif
