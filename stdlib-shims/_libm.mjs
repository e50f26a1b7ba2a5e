// Elementary functions rounded like the C library CPython uses (glibc). Not a Python module.
//
// glibc's exp, exp2, log, log2, pow, sin, cos, tan, atan, atan2, asin and acos return the
// correctly rounded result for all but a small fraction of arguments (exp, log and pow
// nearly never miss; the trigonometric ones miss about one time in 300), while JS engines'
// Math functions (fdlibm in V8) are one ulp off for a few percent of them. So these evaluate
// the function to about 70 bits with double-double arithmetic (a table lookup, then a short
// polynomial) and round once: correctly rounded results, equal to glibc's wherever glibc's
// are correctly rounded. The functions glibc takes from fdlibm (log10, expm1, log1p,
// tanh, cosh, sinh, asinh, acosh, atanh) follow fdlibm's code as glibc compiles it, on top
// of those. The constants (pi, ln 2) and the tables are computed when first needed, from
// BigInt series and slow double-double series, not typed in.
//
// Arguments and results are JS numbers; callers handle domain errors.

// ---------------------------------------------------------------- bits

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE ? 1 : 0, LO = LITTLE ? 0 : 1;

/** The high 32 bits of a double (signed), as fdlibm's tests read them. */
function highWord(x) {
  F64[0] = x;
  return U32[HI] | 0;
}

/** The double with the given high word and low word 0. */
function fromHigh(hi) {
  U32[HI] = hi;
  U32[LO] = 0;
  return F64[0];
}

/** x with its high word replaced by hi. */
function withHigh(x, hi) {
  F64[0] = x;
  U32[HI] = hi;
  return F64[0];
}

/** 2**k exactly, for an integer k in [-1022, 1023]. */
function pow2(k) {
  return fromHigh((k + 1023) << 20);
}

// ---------------------------------------------------------------- double-double arithmetic
// A double-double is an unevaluated sum hi + lo with |lo| <= ulp(hi) / 2. The functions
// below return theirs in DD[0], DD[1] (no allocation).

const DD = new Float64Array(2); // [hi, lo]: a typed array, so storing a double allocates nothing

const SPLITTER = 134217729; // 2**27 + 1

/** DD[0] + DD[1] = a + b exactly. */
function twoSum(a, b) {
  const s = a + b;
  const bb = s - a;
  DD[1] = (a - (s - bb)) + (b - bb);
  DD[0] = s;
}

/** DD[0] + DD[1] = a + b exactly, for |a| >= |b|. */
function fastTwoSum(a, b) {
  const s = a + b;
  DD[1] = b - (s - a);
  DD[0] = s;
}

/** DD[0] + DD[1] = a * b exactly (Dekker; |a|, |b| < 2**995). */
function twoProd(a, b) {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  DD[1] = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  DD[0] = p;
}

function ddAdd(ah, al, bh, bl) {
  twoSum(ah, bh);
  const s = DD[0], e = DD[1];
  twoSum(al, bl);
  const t = DD[0], f = DD[1];
  fastTwoSum(s, e + t);
  fastTwoSum(DD[0], DD[1] + f);
}

function ddMul(ah, al, bh, bl) {
  twoProd(ah, bh);
  fastTwoSum(DD[0], DD[1] + (ah * bl + al * bh));
}

function ddMulD(ah, al, b) {
  twoProd(ah, b);
  fastTwoSum(DD[0], DD[1] + al * b);
}

function ddDiv(ah, al, bh, bl) {
  const q1 = ah / bh;
  ddMulD(bh, bl, q1);
  ddAdd(ah, al, -DD[0], -DD[1]); // remainder a - q1 b
  const rh = DD[0], rl = DD[1];
  const q2 = rh / bh;
  ddMulD(bh, bl, q2);
  ddAdd(rh, rl, -DD[0], -DD[1]); // remainder a - (q1 + q2) b
  const q3 = DD[0] / bh;
  fastTwoSum(q1, q2);
  ddAdd(DD[0], DD[1], q3, 0);
}

/** (ah + al) / (bh + bl) to about 2**-100: one correction of the double quotient. */
function ddDivFast(ah, al, bh, bl) {
  const q = ah / bh;
  twoProd(q, bh);
  fastTwoSum(q, ((ah - DD[0]) - DD[1] + al - q * bl) / bh);
}

function ddSqrt(ah, al) {
  if (ah <= 0) {
    DD[0] = Math.sqrt(ah);
    DD[1] = 0;
    return;
  }
  const s = Math.sqrt(ah);
  twoProd(s, s);
  fastTwoSum(s, ((ah - DD[0]) - DD[1] + al) / (2 * s));
}

// ---------------------------------------------------------------- constants

const PREC = 300n; // bits of the BigInt fixed-point computations
const ONE = 1n << PREC;

/** Doubles d1, d2, ... with d1 + d2 + ... = n / 2**PREC; d1 keeps only `bits` bits if given. */
function bigToDoubles(n, count, bits = 53) {
  const out = [];
  for (let i = 0; i < count; i++) {
    let d = Number(n);
    if (i === 0 && bits < 53) {
      const drop = BigInt(n.toString(2).length - bits);
      d = Number((n >> drop) << drop);
    }
    out.push(d / 2 ** Number(PREC));
    n -= BigInt(d);
  }
  return out;
}

/** atan(1/q) or atanh(1/q) (hyperbolic) times 2**PREC, for an integer q > 1. */
function arctanInv(q, hyperbolic) {
  const Q = BigInt(q), Q2 = Q * Q;
  let term = ONE / Q, sum = 0n;
  for (let k = 0n; term !== 0n; k++) {
    sum += (hyperbolic || k % 2n === 0n ? term : -term) / (2n * k + 1n);
    term /= Q2;
  }
  return sum;
}

let K = null;

/** The constants, computed once. */
function consts() {
  if (K !== null) return K;
  const pi = 16n * arctanInv(5, false) - 4n * arctanInv(239, false); // Machin
  const ln2 = 2n * arctanInv(3, true); // 2 atanh(1/3)
  K = {
    PI: bigToDoubles(pi, 2),
    PIO2: bigToDoubles(pi / 2n, 3),
    LN2: bigToDoubles(ln2, 3),
    LN2_128: bigToDoubles(ln2 / 128n, 3, 35), // n * LN2_128[0] is exact for |n| < 2**18
    ILN2: bigToDoubles((ONE * ONE) / ln2, 2),
    INV_FACT: [], // 1/n! as double-doubles
    INV_ODD: [], // 1/(2n+1)
  };
  let f = 1n;
  for (let n = 0; n < 30; n++) {
    if (n > 0) f *= BigInt(n);
    K.INV_FACT.push(bigToDoubles(ONE / f, 2));
    K.INV_ODD.push(bigToDoubles(ONE / BigInt(2 * n + 1), 2));
  }
  return K;
}

// ---------------------------------------------------------------- series (for the tables)
// Slow but accurate to about 2**-100: used only to build the tables.

/** log(x) for x in [0.5, 2] by 2 atanh((x - 1) / (x + 1)). */
function logSeries(x) {
  const c = consts();
  twoSum(x, 1);
  ddDiv(x - 1, 0, DD[0], DD[1]);
  const sh = DD[0], sl = DD[1];
  ddMul(sh, sl, sh, sl);
  const s2h = DD[0], s2l = DD[1];
  let ph = c.INV_ODD[29][0], pl = c.INV_ODD[29][1];
  for (let n = 28; n >= 0; n--) {
    ddMul(ph, pl, s2h, s2l);
    ddAdd(DD[0], DD[1], c.INV_ODD[n][0], c.INV_ODD[n][1]);
    ph = DD[0];
    pl = DD[1];
  }
  ddMul(ph, pl, sh, sl);
  DD[0] *= 2;
  DD[1] *= 2;
}

/** exp(r) for |r| < 0.01, by Taylor's series. */
function expSeries(rh, rl) {
  const c = consts();
  let ph = c.INV_FACT[20][0], pl = c.INV_FACT[20][1];
  for (let n = 19; n >= 0; n--) {
    ddMul(ph, pl, rh, rl);
    ddAdd(DD[0], DD[1], c.INV_FACT[n][0], c.INV_FACT[n][1]);
    ph = DD[0];
    pl = DD[1];
  }
}

/** sin (cosine false) or cos of r, |r| < 1, by Taylor's series. */
function sinCosSeries(r, cosine) {
  const c = consts();
  const r2 = r * r; // r is j/64: exact
  const first = cosine ? 0 : 1;
  let ph = c.INV_FACT[first + 28][0], pl = c.INV_FACT[first + 28][1];
  for (let n = first + 26; n >= first; n -= 2) {
    ddMulD(ph, pl, r2);
    ddAdd(-DD[0], -DD[1], c.INV_FACT[n][0], c.INV_FACT[n][1]);
    ph = DD[0];
    pl = DD[1];
  }
  if (!cosine) ddMulD(ph, pl, r);
}

/** atan(x) for 0 <= x <= 1: three halvings x / (1 + sqrt(1 + x**2)), then Taylor's series. */
function atanSeries(x) {
  const c = consts();
  let ah = x, al = 0;
  for (let i = 0; i < 3; i++) {
    ddMul(ah, al, ah, al);
    ddAdd(1, 0, DD[0], DD[1]);
    ddSqrt(DD[0], DD[1]);
    ddAdd(1, 0, DD[0], DD[1]);
    ddDiv(ah, al, DD[0], DD[1]);
    ah = DD[0];
    al = DD[1];
  }
  ddMul(ah, al, ah, al);
  const x2h = DD[0], x2l = DD[1];
  let ph = c.INV_ODD[25][0], pl = c.INV_ODD[25][1];
  for (let n = 24; n >= 0; n--) {
    ddMul(ph, pl, x2h, x2l);
    ddAdd(-DD[0], -DD[1], c.INV_ODD[n][0], c.INV_ODD[n][1]);
    ph = DD[0];
    pl = DD[1];
  }
  ddMul(ph, pl, ah, al);
  DD[0] *= 8;
  DD[1] *= 8;
}

// ---------------------------------------------------------------- tables

let LOG_T = null, EXP_T = null, TRIG_T = null, ATAN_T = null;

/** For log: 1/c and -log(1/c) (double-double) for c the centres of the 128 parts of [1, 2). */
function logTable() {
  if (LOG_T !== null) return LOG_T;
  const inv = new Float64Array(128), h = new Float64Array(128), l = new Float64Array(128);
  // -log(inv) = -2 atanh((inv - 1)/(inv + 1)) in BigInt fixed point (native arithmetic: the
  // same series in double-doubles ran in the interpreter, 10-40 ms at a program's first log).
  for (let j = 0; j < 128; j++) {
    inv[j] = 1 / (1 + (j + 0.5) / 128);
    const P = 140n, U = 1n << P; // 140 bits are plenty for a double-double
    const X = BigInt(inv[j] * 2 ** 60) << (P - 60n); // exact: inv has 53 bits, in [0.5, 1]
    const sv = ((U - X) * U) / (U + X), s2 = (sv * sv) >> P;
    let sum = sv, term = sv;
    for (let k = 3n; term !== 0n; k += 2n) {
      term = (term * s2) >> P;
      sum += term / k;
    }
    sum *= 2n;
    const hd = Number(sum);
    h[j] = hd / 2 ** 140;
    l[j] = Number(sum - BigInt(hd)) / 2 ** 140;
  }
  return (LOG_T = { inv, h, l });
}

/** For exp: 2**(j/128) as double-doubles. */
function expTable() {
  if (EXP_T !== null) return EXP_T;
  const c = consts();
  const h = new Float64Array(128), l = new Float64Array(128);
  // 2**(j/128) = exp(j ln2/128), from exp(ln2/128) by repeated multiplication.
  expSeries(c.LN2_128[0], c.LN2_128[1] + c.LN2_128[2]);
  const bh = DD[0], bl = DD[1];
  let ph = 1, pl = 0;
  for (let j = 0; j < 128; j++) {
    h[j] = ph;
    l[j] = pl;
    ddMul(ph, pl, bh, bl);
    ph = DD[0];
    pl = DD[1];
  }
  return (EXP_T = { h, l });
}

/** For sin and cos: sin(j/64) and cos(j/64), j = 0..51, as double-doubles. */
function trigTable() {
  if (TRIG_T !== null) return TRIG_T;
  const sh = new Float64Array(52), sl = new Float64Array(52), ch = new Float64Array(52), cl = new Float64Array(52);
  for (let j = 0; j < 52; j++) {
    sinCosSeries(j / 64, false);
    sh[j] = DD[0];
    sl[j] = DD[1];
    sinCosSeries(j / 64, true);
    ch[j] = DD[0];
    cl[j] = DD[1];
  }
  return (TRIG_T = { sh, sl, ch, cl });
}

/** For atan: atan(j/64), j = 0..64, as double-doubles. */
function atanTable() {
  if (ATAN_T !== null) return ATAN_T;
  const h = new Float64Array(65), l = new Float64Array(65);
  for (let j = 0; j <= 64; j++) {
    atanSeries(j / 64);
    h[j] = DD[0];
    l[j] = DD[1];
  }
  return (ATAN_T = { h, l });
}

// ---------------------------------------------------------------- exp

/**
 * (hi + lo) * 2**k rounded once to a double, for hi + lo a normalized double-double in
 * [0.5, 4) (overflow gives Infinity; subnormal results are rounded at their own precision).
 */
function scale(hi, lo, k) {
  if (k > 1020) return hi * 8 * pow2(k - 3);
  if (k >= -1021) return hi * pow2(k);
  // Possibly subnormal: round (hi + lo) * 2**(k + 1074) to an integer, ties to even.
  const e = k + 1074;
  if (e < -3) return 0;
  const H = hi * 2 ** e, L = lo * 2 ** e; // H exact (H < 2**54)
  let n = Math.floor(H);
  const frac = (H - n) + L;
  if (frac > 0.5 || (frac === 0.5 && n % 2 === 1)) n += 1;
  else if (frac < -0.5 || (frac === -0.5 && n % 2 === 1)) n -= 1;
  return n * 5e-324;
}

/**
 * exp(ah + al) as a double-double times a power of two: sets DD[0], DD[1] (in [0.99, 2.01]) and
 * returns k with exp(a) = (DD[0] + DD[1]) * 2**k. Requires |ah| < 750.
 */
function expDD(ah, al) {
  const c = consts(), T = expTable();
  const n = Math.round(ah * (128 / Math.LN2));
  // r = a - n ln2/128, |r| <= ln2/256 (plus rounding)
  twoSum(ah, -n * c.LN2_128[0]);
  const sh = DD[0], sl = DD[1];
  twoProd(n, c.LN2_128[1]);
  fastTwoSum(sh, sl + al - DD[0] - DD[1] - n * c.LN2_128[2]);
  const rh = DD[0], rl = DD[1];
  // exp(r) - 1 = r + r**2/2 + r**3 (1/6 + r/24 + ...)
  twoProd(rh, rh);
  const q = DD[0], qe = DD[1] + 2 * rh * rl;
  const tail = rh * q * (1 / 6 + rh * (1 / 24 + rh * (1 / 120 + rh * (1 / 720 + rh * (1 / 5040)))));
  twoSum(rh, 0.5 * q);
  const ph = DD[0], pl = DD[1] + rl + 0.5 * qe + tail;
  // 2**(j/128) (1 + p)
  const j = n & 127;
  const th = T.h[j], tl = T.l[j];
  twoProd(th, ph);
  const u = DD[0], ue = DD[1];
  twoSum(th, u);
  fastTwoSum(DD[0], DD[1] + ue + tl + th * pl + tl * ph);
  return (n - j) / 128;
}

// glibc's exp (2.28 and later, as its x86-64 FMA build runs it, which NumPy's float64 exp and
// CPython's math.exp call on such machines): exp(x) = 2**(k/128) exp(r), |r| <= ln2/256, with
// 2**(j/128) = scale (1 + tail) from a table and a degree-5 polynomial, then
// fma(scale, tmp, scale). Its results are not always correctly rounded (0.509 ulp), so the
// same operations are reproduced here, bit for bit: constants as glibc's exp_data.c has them,
// and the table: scale the double nearest 2**(j/128), tail = (2**(j/128) - scale) / scale
// rounded, computed here in BigInt fixed point (they equal glibc's table bit for bit).
const EXP_INVLN2N = 184.6649652337873, EXP_SHIFT = 6755399441055744;
const EXP_NLN2HI = -0.005415212348111709, EXP_NLN2LO = -1.2864023111638346e-14;
const EXP_C2 = 0.49999999999996786, EXP_C3 = 0.16666666666665886, EXP_C4 = 0.0416666808410674, EXP_C5 = 0.008333335853059549;
let EXPG = null;
function expGlibcTable() {
  if (EXPG !== null) return EXPG;
  const scale = new Float64Array(128), tail = new Float64Array(128);
  // base = exp(ln2/128) by its series, in fixed point with PREC fraction bits.
  const a = (2n * arctanInv(3, true)) / 128n;
  let base = ONE, term = ONE;
  for (let k = 1n; term !== 0n; k++) {
    term = (term * a) / (ONE * k);
    base += term;
  }
  const S = 2 ** Number(PREC);
  let pw = ONE;
  for (let j = 0; j < 128; j++) {
    const sc = Number(pw) / S; // Number(BigInt) rounds to nearest
    const scBig = BigInt(sc * S);
    scale[j] = sc;
    tail[j] = Number(((pw - scBig) * ONE) / scBig) / S;
    pw = (pw * base) / ONE;
  }
  const p2 = new Float64Array(2046); // 2**k for k in [-1022, 1023], at k + 1022
  for (let k = -1022; k <= 1023; k++) p2[k + 1022] = pow2(k);
  return (EXPG = { scale, tail, p2 });
}

/**
 * exp(x): glibc's result. The fused multiply-adds are first computed unfused; the final
 * rounding of scale + scale * tmp is then tested against the largest difference the fusing can
 * make (about 2**-60 of scale, mostly from r's last bit), and only when it is in doubt (about 1%
 * of arguments) is everything recomputed with emulated FMAs (`fmaD`).
 */
export function exp(x) {
  const ax = Math.abs(x);
  if (!(ax >= 5.551115123125783e-17) || !(ax < 512)) return expSpecial(x);
  const G = EXPG !== null ? EXPG : expGlibcTable();
  const z = x * EXP_INVLN2N;
  const n = (z + EXP_SHIFT) - EXP_SHIFT;
  // fma(x, InvLn2N, Shift) rounds differently only if z is within 2**-35 of a half-integer.
  if (Math.abs(z - n) > 0.49999999) return expExact(x);
  const r = (x + n * EXP_NLN2HI) + n * EXP_NLN2LO; // n * EXP_NLN2HI is exact for |n| < 2**17
  const j = n & 127;
  const sc = G.scale[j] * G.p2[(n - j) / 128 + 1022];
  const r2 = r * r;
  const tmp = r2 * r2 * (r * EXP_C5 + EXP_C4) + ((r * EXP_C3 + EXP_C2) * r2 + (r + G.tail[j]));
  const q = sc * tmp;
  const y = sc + q;
  const e = (sc - y) + q;
  const d = sc * 1.734723475976807e-18; // 2**-59
  if (y + (e + d) === y && y + (e - d) === y) return y;
  return expExact(x);
}

/** exp(x) of glibc for |x| < 2**-54, |x| >= 512, infinities and NaN. */
function expSpecial(x) {
  const ax = Math.abs(x);
  if (!(ax >= 5.551115123125783e-17)) return 1 + x; // tiny, or NaN
  if (ax >= 1024) {
    if (x === -Infinity) return 0;
    if (ax === Infinity) return x;
    return x < 0 ? 0 : Infinity;
  }
  return expExact(x);
}

/** glibc's exp with every fused multiply-add emulated (`fmaD`), its special cases included. */
function expExact(x) {
  const G = EXPG !== null ? EXPG : expGlibcTable();
  const n = fmaD(x, EXP_INVLN2N, EXP_SHIFT) - EXP_SHIFT;
  const r = fmaD(n, EXP_NLN2LO, fmaD(n, EXP_NLN2HI, x));
  const j = n & 127, kk = (n - j) / 128;
  const r2 = r * r;
  const s = fmaD(fmaD(r, EXP_C3, EXP_C2), r2, r + G.tail[j]);
  const tmp = fmaD(r2 * r2, fmaD(r, EXP_C5, EXP_C4), s);
  if (Math.abs(x) < 512) {
    const sc = G.scale[j] * G.p2[kk + 1022];
    return fmaD(sc, tmp, sc);
  }
  // glibc's specialcase: the scale's exponent is shifted into range and back.
  if (n >= 0) {
    const sc = G.scale[j] * G.p2[kk - 1009 + 1022];
    return fmaD(sc, tmp, sc) * 5.486124068793689e303; // 2**1009
  }
  const sc = G.scale[j] * G.p2[kk + 1022 + 1022];
  const q = sc * tmp;
  let y = sc + q;
  if (y < 1) {
    const hi = 1 + y;
    const lo = ((1 - hi) + y) + ((sc - y) + q);
    y = (lo + hi) - 1;
    if (y === 0) y = 0;
  }
  return y * 2.2250738585072014e-308; // 2**-1022
}


export function exp2(x) {
  if (Number.isNaN(x)) return x;
  if (x >= 1024) return Infinity;
  if (x < -1075) return 0;
  const n = Math.round(x);
  const f = x - n; // exact
  if (f === 0) return scale(1, 0, n);
  const c = consts();
  ddMulD(c.LN2[0], c.LN2[1], f);
  const k = expDD(DD[0], DD[1]);
  return scale(DD[0], DD[1], k + n);
}

// ---------------------------------------------------------------- log

/** log(x) for finite x > 0 as a double-double in DD[0], DD[1]. */
function logDD(x) {
  const c = consts();
  if (Math.abs(x - 1) < 1 / 128) {
    // log1p(r) for r = x - 1 (exact): r - r**2/2 + r**3/3 in double-double, then the rest.
    const r = x - 1;
    twoProd(r, r);
    const q = DD[0], qe = DD[1];
    ddMulD(q, qe, r);
    ddMul(DD[0], DD[1], c.INV_ODD[1][0], c.INV_ODD[1][1]);
    const th = DD[0], tl = DD[1]; // r**3 / 3
    // -1/4 + r/5 - r**2/6 + ... + r**13/17
    const t = -1 / 4 + r * (1 / 5 + r * (-1 / 6 + r * (1 / 7 + r * (-1 / 8 + r * (1 / 9 + r * (-1 / 10 +
      r * (1 / 11 + r * (-1 / 12 + r * (1 / 13 + r * (-1 / 14 + r * (1 / 15 + r * (-1 / 16 + r / 17))))))))))));
    twoSum(r, -0.5 * q);
    ddAdd(DD[0], DD[1] - 0.5 * qe + q * q * t, th, tl);
    return;
  }
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54
    k = -54;
  }
  // x = m * 2**k, m in [1, 2); m * inv = 1 + r with |r| < 2**-8 and -log(inv) from the table.
  F64[0] = x;
  const hi = U32[HI];
  k += (hi >>> 20) - 1023;
  const j = (hi >>> 13) & 127;
  U32[HI] = (hi & 0x000fffff) | 0x3ff00000;
  const m = F64[0];
  const T = logTable();
  twoProd(m, T.inv[j]);
  twoSum(DD[0] - 1, DD[1]); // DD[0] - 1 is exact
  const rh = DD[0], rl = DD[1];
  // log1p(r) = r - r**2/2 + r**3 (1/3 - r/4 + ...)
  twoProd(rh, rh);
  const q = DD[0], qe = DD[1] + 2 * rh * rl;
  const t = 1 / 3 + rh * (-1 / 4 + rh * (1 / 5 + rh * (-1 / 6 + rh * (1 / 7 + rh * (-1 / 8 + rh * (1 / 9 - rh / 10))))));
  // k ln2 - log(inv) + r - r**2/2 + tail, summed from the largest terms.
  twoProd(k, c.LN2[0]);
  const a1 = DD[0], a2 = DD[1] + k * c.LN2[1];
  twoSum(a1, T.h[j]);
  let s = DD[0], lo = DD[1] + a2 + T.l[j];
  twoSum(s, rh);
  s = DD[0];
  lo += DD[1];
  twoSum(s, -0.5 * q);
  s = DD[0];
  lo += DD[1] + rl - 0.5 * qe + rh * q * t;
  fastTwoSum(s, lo);
}

/**
 * log(x) in plain doubles for a normal x > 0 with |x - 1| >= 2**-7, or NaN when its rounding is
 * in doubt. As `logDD`: x = 2**k m, log(x) = k ln2 - log(inv_j) + log1p(r), r = m inv_j - 1
 * (|r| < 2**-8, a double-double from Dekker's product), with k A - log(inv_j) + r_hi kept as a
 * double-double and the rest of log1p(r) (below 2**-17) in doubles: yh + yl is within about
 * 2**-67.5 of the true value, so when yh + yl +- 2**-66 all round to yh, yh is log(x) correctly
 * rounded, the double-double path's result.
 */
let LOG_A = 0, LOG_B = 0, LOG_SC = null;
function logFast(x) {
  const T = LOG_T !== null ? LOG_T : logTable();
  if (LOG_SC === null) {
    [LOG_A, LOG_B] = bigToDoubles(2n * arctanInv(3, true), 2, 42); // k * LOG_A is exact
    LOG_SC = new Float64Array(2046); // 2**-k for k in [-1022, 1023], at k + 1022 (exact)
    for (let k = -1022; k <= 1023; k++) LOG_SC[k + 1022] = 2 ** -k;
  }
  F64[0] = x;
  const hi = U32[HI];
  const k = (hi >>> 20) - 1023;
  const j = (hi >>> 13) & 127;
  const m = x * LOG_SC[k + 1022]; // exact, in [1, 2)
  // r = m * inv - 1: Dekker's exact product, then - 1 (exact: the product is near 1).
  const inv = T.inv[j], p = m * inv;
  let t = SPLITTER * m;
  const mh = t - (t - m), ml = m - mh;
  t = SPLITTER * inv;
  const ih = t - (t - inv), il = inv - ih;
  const pe = ((mh * ih - p) + mh * il + ml * ih) + ml * il;
  const r1 = p - 1, rh = r1 + pe, rl = pe - (rh - r1);
  const q = rl + rh * rh * (-0.5 + rh * (1 / 3 + rh * (-0.25 + rh * (0.2 + rh * (-1 / 6 + rh * (1 / 7 + rh * (-0.125 + rh * (1 / 9))))))));
  const a = k * LOG_A, lh = T.h[j];
  let s = a + lh, bb = s - a;
  const e1 = (a - (s - bb)) + (lh - bb);
  const s2 = s + rh;
  bb = s2 - s;
  const e2 = (s - (s2 - bb)) + (rh - bb);
  const lo = (e1 + e2) + ((T.l[j] + k * LOG_B) + q);
  const yh = s2 + lo;
  const yl = (s2 - yh) + lo;
  const d = 1.3552527156068805e-20; // 2**-66
  if (yh + (yl + d) !== yh || yh + (yl - d) !== yh) return NaN;
  return yh;
}

export function log(x) {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === 1) return 0;
  if (x >= 2.2250738585072014e-308 && (x < 0.9921875 || x > 1.0078125)) {
    const y = logFast(x);
    if (y === y) return y;
  }
  return logSlow(x);
}

/** log(x) through the double-double path (correctly rounded but slow). */
export function logSlow(x) {
  logDD(x);
  return DD[0];
}

export function log2(x) {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  const c = consts();
  logDD(x);
  ddMul(DD[0], DD[1], c.ILN2[0], c.ILN2[1]);
  return DD[0];
}

/** fdlibm's log10 (which glibc uses), on a correctly rounded log. */
export function log10(x) {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  const IVLN10 = 4.34294481903251816668e-01;
  const LOG10_2HI = 3.01029995663611771306e-01;
  const LOG10_2LO = 3.69423907715893078616e-13;
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2**54
    k = -54;
  }
  const hx = highWord(x);
  k += (hx >> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  x = withHigh(x, (hx & 0x000fffff) | ((0x3ff - i) << 20));
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * log(x);
  return z + y * LOG10_2HI;
}

// ---------------------------------------------------------------- pow

/** x ** y for finite x, y (C99 special cases for 0 and negative x); Infinity on overflow. */
export function pow(x, y) {
  if (y === 0 || x === 1) return 1;
  const yInt = Number.isInteger(y);
  const yOdd = yInt && Math.abs(y) % 2 === 1;
  if (x === 0) {
    if (y > 0) return yOdd ? x : 0;
    return yOdd ? 1 / x : Infinity;
  }
  let sign = 1;
  if (x < 0) {
    if (!yInt) return NaN;
    if (yOdd) sign = -1;
    x = -x;
  }
  if (y === 1) return sign * x;
  if (Math.abs(y) > 2 ** 900) return (x > 1) === (y > 0) ? sign * Infinity : sign * 0; // |y log x| > 2**847
  logDD(x);
  ddMulD(DD[0], DD[1], y); // y log x
  const ah = DD[0], al = DD[1];
  if (ah > 709.8) return sign * Infinity;
  if (ah < -745.2) return sign * 0;
  const k = expDD(ah, al);
  return sign * scale(DD[0], DD[1], k);
}

// ---------------------------------------------------------------- trigonometric

/** Reduce x to r = x - n pi/2 (double-double in DD[0], DD[1]); returns n mod 4. |x| < 2**30. */
function reduce(x) {
  const c = consts();
  const n = Math.round(x / (Math.PI / 2));
  if (n === 0) {
    DD[0] = x;
    DD[1] = 0;
    return 0;
  }
  twoProd(n, c.PIO2[0]);
  ddAdd(x, 0, -DD[0], -DD[1]);
  const rh = DD[0], rl = DD[1];
  twoProd(n, c.PIO2[1]);
  ddAdd(rh, rl, -DD[0], -DD[1] - n * c.PIO2[2]);
  return ((n % 4) + 4) % 4;
}

/**
 * sin r (cosine false) or cos r (cosine true) for r = rh + rl, |r| <= pi/4 + tiny, as a
 * double-double in DD[0], DD[1].
 */
function sinCosDD(rh, rl, cosine) {
  const T = trigTable();
  const neg = rh < 0;
  if (neg) {
    rh = -rh;
    rl = -rl;
  }
  // r = j/64 + d, |d| <= 1/128: sin r = sin c cos d + cos c sin d, cos r = cos c cos d - sin c sin d.
  const j = Math.round(rh * 64);
  fastTwoSum(rh - j / 64, rl); // rh - j/64 is exact
  const dh = DD[0], dl = DD[1];
  twoProd(dh, dh);
  const q = DD[0], qe = DD[1] + 2 * dh * dl;
  // sin d = d + d q (-1/6 + q (1/120 - q/5040)); cos d = 1 - q/2 + q**2 (1/24 - q/720)
  fastTwoSum(dh, dl + dh * q * (-1 / 6 + q * (1 / 120 - q / 5040)));
  const sdh = DD[0], sdl = DD[1];
  fastTwoSum(1, -0.5 * q);
  const cdh = DD[0], cdl = DD[1] - 0.5 * qe + q * q * (1 / 24 - q / 720);
  if (cosine) {
    ddMul(T.ch[j], T.cl[j], cdh, cdl);
    const bh = DD[0], bl = DD[1];
    ddMul(T.sh[j], T.sl[j], sdh, sdl);
    ddAdd(bh, bl, -DD[0], -DD[1]);
    return;
  }
  ddMul(T.sh[j], T.sl[j], cdh, cdl);
  const ah = DD[0], al = DD[1];
  ddMul(T.ch[j], T.cl[j], sdh, sdl);
  ddAdd(ah, al, DD[0], DD[1]);
  if (neg) {
    DD[0] = -DD[0];
    DD[1] = -DD[1];
  }
}

/** sin x (which = 0) or cos x (which = 1) as a double-double; false if |x| is too large. */
function trig(x, which) {
  if (!(Math.abs(x) < 2 ** 30)) return false;
  const q = reduce(x);
  // sin(r + q pi/2) and cos(r + q pi/2) cycle through sin r, cos r, -sin r, -cos r.
  const quadrant = (q + which) % 4;
  sinCosDD(DD[0], DD[1], quadrant % 2 === 1);
  if (quadrant >= 2) {
    DD[0] = -DD[0];
    DD[1] = -DD[1];
  }
  return true;
}

// The usual path is glibc's own algorithm (the IBM Accurate Mathematical Library code as
// glibc 2.28+ runs it, s_sin.c): reduction by pi/2 in three parts, then a table of sin and cos
// at i/128 (double-doubles, computed here from BigInt series) and short polynomials. It is
// not correctly rounded (about one result in 700 differs from the correctly rounded one), but
// it is what CPython's math.sin and NumPy's np.sin print. glibc's x86-64 build runs the
// FMA-compiled variant, so the multiply-adds whose single rounding decides the last bit
// (found by testing each against glibc on millions of arguments) go through fmaD; the others
// agree in plain arithmetic. |x| >= 105414350 (glibc's branred) takes the double-double path
// above (correctly rounded).

/** a * b + c rounded once, as an FMA instruction does (Dekker's product and a two-sum; the
 * final addition can only double-round on a tie at 2**-106, never seen against glibc). */
function fmaD(a, b, c) {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b), bl = b - bh;
  const pe = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  const s = p + c, bb = s - p;
  return s + (((p - (s - bb)) + (c - bb)) + pe);
}

function fromBits(hi, lo) {
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0];
}
const S1 = fromBits(0xBFC55555, 0x55555555), S2 = fromBits(0x3F811111, 0x11110ECE), S3 = fromBits(0xBF2A01A0, 0x19DB08B8),
  S4 = fromBits(0x3EC71DE2, 0x7B9A7ED9), S5 = fromBits(0xBE5ADDFF, 0xC2FCDF59);
const SN3 = -1.66666666666664880952546298448555E-01, SN5 = 8.33333214285722277379541354343671E-03,
  CS2 = 4.99999999999999999999950396842453E-01, CS4 = -4.16666666666664434524222570944589E-02,
  CS6 = 1.38888874007937613028114285595617E-03;
const BIG = 52776558133248, HP0 = fromBits(0x3FF921FB, 0x54442D18), HP1 = fromBits(0x3C91A626, 0x33145C07);
const MP1 = fromBits(0x3FF921FB, 0x58000000), MP2 = fromBits(0xBE4DDE97, 0x3C000000);
const PP3 = fromBits(0xBC8CB3B3, 0x98000000), PP4 = fromBits(0xBACD747F, 0x23E32ED7);
const HPINV = fromBits(0x3FE45F30, 0x6DC9C883), TOINT = 6755399441055744;
let TAB = null;

/** glibc's table: sin(i/128), its low part, cos(i/128), its low part, i = 0..110. */
function sinCosTab() {
  const P = 128n, ONE = 1n << P, t = new Float64Array(444);
  const toD = (n) => { const h = Number(n); const l = Number(n - BigInt(h)); return [h / 2 ** 128, l / 2 ** 128]; };
  for (let i = 0; i <= 110; i++) {
    const x = (BigInt(i) << P) / 128n;
    const x2 = (x * x) >> P;
    let s = 0n, c = 0n, term = x;
    for (let k = 1n; term !== 0n; k += 2n) { s += term; term = -((term * x2) >> P) / ((k + 1n) * (k + 2n)); }
    term = ONE;
    for (let k = 0n; term !== 0n; k += 2n) { c += term; term = -((term * x2) >> P) / ((k + 1n) * (k + 2n)); }
    [t[4 * i], t[4 * i + 1]] = toD(s);
    [t[4 * i + 2], t[4 * i + 3]] = toD(c);
  }
  return (TAB = t);
}

/** The table (444 doubles), for the WASM sin/cos kernel (numpy/_core.mjs passes it in). */
export function sinCosTable() {
  return TAB === null ? sinCosTab() : TAB;
}

function doCos(x, dx) {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const k = (BIG + ax) - BIG;
  x = ax - k + dx;
  const j = k * 512;
  const xx = x * x;
  const s = x * xx * (SN3 + xx * SN5) + x;
  const c = xx * (CS2 + xx * (CS4 + xx * CS6));
  const T = TAB === null ? sinCosTab() : TAB;
  const sn = T[j], ssn = T[j + 1], cs = T[j + 2], ccs = T[j + 3];
  const t = (ccs - s * ssn) - cs * c;
  // Unfused first (see `sure`); the fused multiply-add only when the last bit is in doubt.
  const u = -sn * s + t, r = cs + u;
  if (sure(r, u - (r - cs), 4.440892098500626e-16 * (Math.abs(s) + Math.abs(u)) + 1e-30)) return r;
  return cs + fmaD(-sn, s, t);
}

function doSin(x, dx) {
  if (Math.abs(x) < 0.126) {
    const xx = x * x;
    const poly = (((S5 * xx + S4) * xx + S3) * xx + S2) * xx + S1;
    const g = poly * x - 0.5 * dx, gx = g * xx, h = gx + dx, r = x + h;
    if (sure(r, h - (r - x), 8.881784197001252e-16 * (Math.abs(gx) + Math.abs(h)) + 1e-30)) return r;
    return x + fmaD(fmaD(poly, x, -0.5 * dx), xx, dx);
  }
  const neg = x < 0;
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const k = (BIG + ax) - BIG;
  x = ax - k;
  const j = k * 512;
  const xx = x * x;
  const s = x + (x * xx * (SN3 + xx * SN5) + dx);
  const c = x * dx + xx * (CS2 + xx * (CS4 + xx * CS6));
  const T = TAB === null ? sinCosTab() : TAB;
  const sn = T[j], ssn = T[j + 1], cs = T[j + 2], ccs = T[j + 3];
  const t = s * ccs + ssn, u = cs * s + (-sn * c + t);
  let r = sn + u;
  if (!sure(r, u - (r - sn), 4.440892098500626e-16 * (Math.abs(s) + Math.abs(u)) + 1e-30)) r = sn + fmaD(cs, s, fmaD(-sn, c, t));
  return neg ? -r : r;
}

/** Whether r + e rounds to r for every e within err +- bound (rounding is monotonic, so the
 * two ends decide). glibc fuses a few multiply-adds (FMA); computed unfused, the correction
 * term added last to a table value (or to x) differs by at most a few of its own ulps
 * (`bound`: at least twice what the error analysis gives), which changes the rounded sum only when
 * it lies that close to a rounding boundary: then the callers redo it with `fmaD`. */
function sure(r, err, bound) {
  return r + (err + bound) === r && r + (err - bound) === r;
}

/** x - n pi/2 as a + da in RED[0], RED[1]; returns n mod 4. */
const RED = new Float64Array(2);
function reduceSC(x) {
  // n = x * (2/pi) rounded to an integer, from the product rounded once (glibc's fma).
  const p = x * HPINV;
  let xn = (p + TOINT) - TOINT;
  const d = p - xn;
  if (Math.abs(d) > 0.4999999) {
    let t = SPLITTER * x;
    const xh = t - (t - x), xl = x - xh;
    const pe = ((xh * HPH - p) + xh * HPL + xl * HPH) + xl * HPL;
    const e = d + pe;
    if (e > 0.5 || (e === 0.5 && xn % 2 !== 0)) xn += 1;
    else if (e < -0.5 || (e === -0.5 && xn % 2 !== 0)) xn -= 1;
  }
  const y = (x - xn * MP1) - xn * MP2;
  let t1 = xn * PP3;
  const t2 = y - t1;
  let db = (y - t2) - t1;
  t1 = xn * PP4;
  const b = t2 - t1;
  db += (t2 - b) - t1;
  RED[0] = b;
  RED[1] = db;
  return xn & 3;
}
const HPH = (() => { const t = SPLITTER * HPINV; return t - (t - HPINV); })(), HPL = HPINV - HPH;

function doSinCos(a, da, n) {
  const r = n & 1 ? doCos(a, da) : doSin(a, da);
  return n & 2 ? -r : r;
}

const SIN_TINY = fromBits(0x3e500000, 0), COS_TINY = fromBits(0x3e400000, 0), LIM1 = fromBits(0x3feb6000, 0),
  LIM2 = fromBits(0x400368fd, 0), LIM3 = fromBits(0x419921FB, 0);

function glibcSin(x) {
  const ax = Math.abs(x);
  if (ax < SIN_TINY) return x;
  if (ax < LIM1) return doSin(x, 0);
  if (ax < LIM2) { const r = doCos(HP0 - ax, HP1); return x < 0 ? -r : r; }
  const n = reduceSC(x);
  return doSinCos(RED[0], RED[1], n);
}
function glibcCos(x) {
  const ax = Math.abs(x);
  if (ax < COS_TINY) return 1;
  if (ax < LIM1) return doCos(x, 0);
  if (ax < LIM2) { const y = HP0 - ax, a = y + HP1, da = (y - a) + HP1; return doSin(a, da); }
  const n = reduceSC(x);
  return doSinCos(RED[0], RED[1], n + 1);
}

export function sin(x) {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < LIM3) return glibcSin(x);
  return trig(x, 0) ? DD[0] : Math.sin(x);
}

export function cos(x) {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < LIM3) return glibcCos(x);
  return trig(x, 1) ? DD[0] : Math.cos(x);
}

/** res[i] = sin(src[o + i]) (cosine = 0) or cos(src[o + i]) (cosine = 1) for i < n: the
 * code of glibcSin/glibcCos, reduceSC, doSin and doCos inlined by hand into one loop, so no
 * double is boxed on the way (V8 boxes the results of calls it does not inline), with only
 * the rare cases (tiny or huge arguments, doubtful last bits, n near a half-integer) calling
 * the functions above. Same results bit for bit. */
function trigArray(src, o, res, n, cosine) {
  const T = TAB === null ? sinCosTab() : TAB;
  for (let i = 0; i < n; i++) {
    const x = src[o + i], ax = Math.abs(x);
    let a, da, q;
    if (ax < LIM1) {
      if (ax < (cosine ? COS_TINY : SIN_TINY)) { res[i] = cosine ? 1 : x; continue; }
      a = x; da = 0; q = cosine;
    } else if (ax < LIM2) {
      if (cosine) {
        const y = HP0 - ax;
        a = y + HP1; da = (y - a) + HP1; q = 0;
      } else {
        a = HP0 - ax; da = HP1; q = x < 0 ? 3 : 1;
      }
    } else if (ax < LIM3) {
      const p = x * HPINV;
      let xn = (p + TOINT) - TOINT;
      if (Math.abs(p - xn) > 0.4999999) { q = reduceSC(x); a = RED[0]; da = RED[1]; }
      else {
        const y = (x - xn * MP1) - xn * MP2;
        let t1 = xn * PP3;
        const t2 = y - t1;
        let db = (y - t2) - t1;
        t1 = xn * PP4;
        const b = t2 - t1;
        db += (t2 - b) - t1;
        a = b; da = db; q = xn & 3;
      }
      q = (q + cosine) & 3;
    } else {
      res[i] = cosine ? cos(x) : sin(x);
      continue;
    }
    let r;
    if (q & 1) {
      // doCos(a, da)
      const d = a < 0 ? -da : da, aa = Math.abs(a);
      const k = (BIG + aa) - BIG, z = aa - k + d, j = k * 512, zz = z * z;
      const s = z * zz * (SN3 + zz * SN5) + z, c = zz * (CS2 + zz * (CS4 + zz * CS6));
      const sn = T[j], ssn = T[j + 1], cs = T[j + 2], ccs = T[j + 3];
      const u = -sn * s + ((ccs - s * ssn) - cs * c);
      r = cs + u;
      if (!sure(r, u - (r - cs), 4.440892098500626e-16 * (Math.abs(s) + Math.abs(u)) + 1e-30)) r = doCos(a, da);
    } else if (Math.abs(a) < 0.126) {
      // doSin(a, da), small argument
      const zz = a * a, poly = (((S5 * zz + S4) * zz + S3) * zz + S2) * zz + S1;
      const gx = (poly * a - 0.5 * da) * zz, h = gx + da;
      r = a + h;
      if (!sure(r, h - (r - a), 8.881784197001252e-16 * (Math.abs(gx) + Math.abs(h)) + 1e-30)) r = doSin(a, da);
    } else {
      // doSin(a, da)
      const d = a <= 0 ? -da : da, aa = Math.abs(a);
      const k = (BIG + aa) - BIG, z = aa - k, j = k * 512, zz = z * z;
      const s = z + (z * zz * (SN3 + zz * SN5) + d), c = z * d + zz * (CS2 + zz * (CS4 + zz * CS6));
      const sn = T[j], ssn = T[j + 1], cs = T[j + 2], ccs = T[j + 3];
      const u = cs * s + (-sn * c + (s * ccs + ssn));
      r = sn + u;
      if (!sure(r, u - (r - sn), 4.440892098500626e-16 * (Math.abs(s) + Math.abs(u)) + 1e-30)) r = doSin(a, da);
      else if (a < 0) r = -r;
    }
    res[i] = q & 2 ? -r : r;
  }
}

/** `res[i] = sin(src[o + i])` for `i < n` (NumPy's `np.sin` loop). */
export function sinArray(src, o, res, n) {
  trigArray(src, o, res, n, 0);
}

/** `res[i] = cos(src[o + i])` for `i < n`. */
export function cosArray(src, o, res, n) {
  trigArray(src, o, res, n, 1);
}

export function tan(x) {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -30) return x;
  if (!(Math.abs(x) < 2 ** 30)) return Math.tan(x);
  const q = reduce(x);
  const rh = DD[0], rl = DD[1];
  sinCosDD(rh, rl, false);
  const sh = DD[0], sl = DD[1];
  sinCosDD(rh, rl, true);
  // tan(r + q pi/2) is tan r for even q, -1/tan r = -cos r / sin r for odd q.
  if (q % 2 === 0) ddDivFast(sh, sl, DD[0], DD[1]);
  else ddDivFast(-DD[0], -DD[1], sh, sl);
  return DD[0];
}

/** atan(ah + al) as a double-double in DD[0], DD[1]. */
function atanDD(ah, al) {
  const c = consts(), T = atanTable();
  const neg = ah < 0;
  if (neg) {
    ah = -ah;
    al = -al;
  }
  const inv = ah > 1;
  if (inv) {
    ddDivFast(1, 0, ah, al);
    ah = DD[0];
    al = DD[1];
  }
  // atan x = atan(j/64) + atan(t), t = (x - c) / (1 + x c), |t| <= 1/128.
  const j = Math.round(ah * 64);
  const cj = j / 64;
  twoSum(ah - cj, al); // ah - cj is exact
  const nh = DD[0], nl = DD[1];
  twoProd(ah, cj);
  const p = DD[0], pe = DD[1] + al * cj;
  twoSum(1, p);
  ddDivFast(nh, nl, DD[0], DD[1] + pe);
  const th = DD[0], tl = DD[1];
  // atan t = t + t**3 (-1/3 + t**2 (1/5 - t**2/7 + t**4/9)); |t**3/3| < 2**-22 |t|.
  const q = th * th;
  fastTwoSum(th, tl + th * q * (-1 / 3 + q * (1 / 5 - q * (1 / 7 - q / 9))));
  ddAdd(T.h[j], T.l[j], DD[0], DD[1]);
  let rh = DD[0], rl = DD[1];
  if (inv) {
    ddAdd(c.PI[0] / 2, c.PI[1] / 2, -rh, -rl);
    rh = DD[0];
    rl = DD[1];
  }
  DD[0] = neg ? -rh : rh;
  DD[1] = neg ? -rl : rl;
}

export function atan(x) {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return Math.sign(x) * Math.PI / 2;
  if (Math.abs(x) < 2 ** -30) return x;
  if (Math.abs(x) > 2 ** 60) return Math.sign(x) * Math.PI / 2;
  atanDD(x, 0);
  return DD[0];
}

/** atan2 for finite y, x, not both zero (the caller handles the special cases). */
export function atan2(y, x) {
  const c = consts();
  if (y === 0 || x === 0) return Math.atan2(y, x);
  // Keep the operands of the double-double products away from overflow and underflow.
  const big = Math.max(Math.abs(x), Math.abs(y));
  if (big > 2 ** 900) {
    x *= 2 ** -200;
    y *= 2 ** -200;
  } else if (big < 2 ** -800) {
    x *= 2 ** 200;
    y *= 2 ** 200;
  }
  const ratio = Math.abs(y / x);
  if (ratio > 2 ** 100) return Math.sign(y) * Math.PI / 2;
  if (ratio < 2 ** -100 && x > 0) return y / x;
  // atan(|y/x|) with the quotient as a double-double, then the quadrant.
  ddDiv(Math.abs(y), 0, Math.abs(x), 0);
  atanDD(DD[0], DD[1]);
  let rh = DD[0], rl = DD[1];
  if (x < 0) {
    ddAdd(c.PI[0], c.PI[1], -rh, -rl);
    rh = DD[0];
    rl = DD[1];
  }
  return y < 0 ? -rh : rh;
}

export function asin(x) {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  if (Math.abs(x) < 2 ** -30) return x;
  const c = consts();
  if (Math.abs(x) === 1) return Math.sign(x) * (c.PI[0] / 2);
  // asin x = atan(x / sqrt(1 - x**2)), with x**2 exact.
  twoProd(x, x);
  ddAdd(1, 0, -DD[0], -DD[1]);
  ddSqrt(DD[0], DD[1]);
  ddDiv(x, 0, DD[0], DD[1]);
  atanDD(DD[0], DD[1]);
  return DD[0];
}

export function acos(x) {
  if (Number.isNaN(x) || Math.abs(x) > 1) return NaN;
  const c = consts();
  if (x === 1) return 0;
  if (x === -1) return c.PI[0];
  // acos x = 2 atan(sqrt((1 - x) / (1 + x))).
  twoSum(1, x);
  const dh = DD[0], dl = DD[1];
  twoSum(1, -x);
  ddDiv(DD[0], DD[1], dh, dl);
  ddSqrt(DD[0], DD[1]);
  atanDD(DD[0], DD[1]);
  return 2 * DD[0];
}

// ---------------------------------------------------------------- expm1, log1p (glibc's fdlibm)
// glibc evaluates fdlibm's polynomials in its own order, and on x86-64 CPUs with FMA it runs
// versions of expm1 and log1p compiled with fused multiply-adds: every `a * b + c` in the C
// source is one rounding. These reproduce both, with an exact software fma.

/** The neighbour of s away from zero (up = true) or toward zero; s finite and nonzero. */
function nudge(s, up) {
  F64[0] = s;
  let lo = U32[LO], hi = U32[HI];
  if (up) {
    lo = (lo + 1) >>> 0;
    if (lo === 0) hi += 1;
  } else {
    if (lo === 0) hi -= 1;
    lo = (lo - 1) >>> 0;
  }
  U32[LO] = lo;
  U32[HI] = hi;
  return F64[0];
}

/** fma(a, b, c): a * b + c rounded once (Boldo and Melquiond's emulation by round-to-odd). */
export function fma(a, b, c) {
  if (a === 0 || b === 0 || !Number.isFinite(a * b) || !Number.isFinite(c)) return a * b + c;
  twoProd(a, b);
  const uh = DD[0], ul = DD[1];
  twoSum(c, uh);
  const th = DD[0], tl = DD[1];
  // v = tl + ul rounded to odd: when inexact and even, step toward the exact sum.
  twoSum(tl, ul);
  let v = DD[0];
  if (DD[1] !== 0) {
    F64[0] = v;
    if ((U32[LO] & 1) === 0) v = nudge(v, (DD[1] > 0) === (v > 0));
  }
  return th + v;
}

const LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10;
const EXPM1_Q = [1.0, -3.33333333333331316428e-02, 1.58730158725481460165e-03,
  -7.93650757867487942473e-05, 4.00821782732936239552e-06, -2.01099218183624371326e-07];

export function expm1(x) {
  const hx = highWord(x) & 0x7fffffff;
  const neg = x < 0;
  if (hx >= 0x4043687a) { // |x| >= 56 ln 2
    if (Number.isNaN(x)) return x;
    if (hx >= 0x40862e42 && x > 7.09782712893383973096e+02) return Infinity;
    if (neg) return -1;
  }
  let k = 0, c = 0;
  if (hx > 0x3fd62e42) { // |x| > 0.5 ln 2
    let hi, lo;
    if (hx < 0x3ff0a2b2) { // and |x| < 1.5 ln 2
      if (!neg) {
        hi = x - LN2_HI;
        lo = LN2_LO;
        k = 1;
      } else {
        hi = x + LN2_HI;
        lo = -LN2_LO;
        k = -1;
      }
    } else {
      k = Math.trunc(fma(1.44269504088896338700e+00, x, neg ? -0.5 : 0.5));
      hi = x - k * LN2_HI; // exact
      lo = k * LN2_LO;
    }
    x = hi - lo;
    c = (hi - x) - lo;
  } else if (hx < 0x3c900000) { // |x| < 2**-54
    return x;
  }
  const Q = EXPM1_Q;
  const hfx = 0.5 * x;
  const hxs = x * hfx;
  const h2 = hxs * hxs, h4 = h2 * h2;
  const r1 = fma(h4, fma(hxs, Q[5], Q[4]), fma(h2, fma(hxs, Q[3], Q[2]), fma(hxs, Q[1], 1)));
  const t = fma(-r1, hfx, 3);
  let e = hxs * ((r1 - t) / fma(-x, t, 6));
  if (k === 0) return x - fma(x, e, -hxs);
  e = fma(x, e - c, -c);
  e -= hxs;
  if (k === -1) return 0.5 * (x - e) - 0.5;
  if (k === 1) return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
  if (k <= -2 || k > 56) { // exp(x) - 1 is just exp(x) (or -1)
    const y = 1 - (e - x);
    return withHigh(y, highWord(y) + (k << 20)) - 1;
  }
  let y;
  if (k < 20) {
    y = fromHigh(0x3ff00000 - (0x200000 >> k)) - (e - x); // 1 - 2**-k
  } else {
    y = x - (e + fromHigh((0x3ff - k) << 20)) + 1; // 2**-k
  }
  return withHigh(y, highWord(y) + (k << 20));
}

const LOG1P_LP = [0, 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
  2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01];

export function log1p(x) {
  const hx = highWord(x);
  const ax = hx & 0x7fffffff;
  let k = 1, f = 0, c = 0, hu = 0;
  if (hx < 0x3fda827a) { // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) { // |x| < 2**-29
      if (ax < 0x3c900000) return x; // |x| < 2**-54
      return x - x * x * 0.5;
    }
    if (hx > 0 || hx <= (0xbfd2bec4 | 0)) { // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) {
    return x + x;
  }
  if (k !== 0) {
    let u;
    if (hx < 0x43400000) {
      u = 1 + x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = k > 0 ? 1 - (u - x) : x - (u - 1); // correction term
      c /= u;
    } else {
      u = x;
      hu = highWord(u);
      k = (hu >> 20) - 1023;
      c = 0;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      u = withHigh(u, hu | 0x3ff00000); // normalize u
    } else {
      k += 1;
      u = withHigh(u, hu | 0x3fe00000); // normalize u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = u - 1;
  }
  const hfsq = 0.5 * f * f;
  if (hu === 0) { // |f| < 2**-20
    if (f === 0) return k === 0 ? 0 : fma(k, LN2_HI, fma(k, LN2_LO, c));
    const R = hfsq * fma(-0.66666666666666666, f, 1);
    if (k === 0) return f - R;
    return fma(k, LN2_HI, -((R - fma(k, LN2_LO, c)) - f));
  }
  const Lp = LOG1P_LP;
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z, z4 = z2 * z2, z6 = z4 * z2;
  // GCC fuses the first product into the first addition, and computes s * (hfsq + R) once
  // for both returns (so that product is not fused).
  const R = fma(z6, fma(z, Lp[7], Lp[6]), fma(z4, fma(z, Lp[5], Lp[4]), fma(z, Lp[1], z2 * fma(z, Lp[3], Lp[2]))));
  const sR = s * (hfsq + R);
  if (k === 0) return f - (hfsq - sR);
  return fma(k, LN2_HI, -((hfsq - (sR + fma(k, LN2_LO, c))) - f));
}

/** fdlibm's atanh (glibc's version), on log1p. */
export function atanh(x) {
  const xa = Math.abs(x);
  let t;
  if (xa < 0.5) {
    if (xa < 2 ** -28) return x;
    t = xa + xa;
    t = 0.5 * log1p(t + (t * xa) / (1 - xa));
  } else if (xa < 1) {
    t = 0.5 * log1p((xa + xa) / (1 - xa));
  } else if (xa > 1 || Number.isNaN(x)) {
    return NaN;
  } else {
    return x / 0;
  }
  return x < 0 || Object.is(x, -0) ? -t : t;
}

// ---------------------------------------------------------------- hyperbolic (fdlibm's formulas)

/** fdlibm's tanh (glibc's version: x * (1 + x) only below 2**-55). */
export function tanh(x) {
  if (Number.isNaN(x)) return x;
  if (!Number.isFinite(x)) return Math.sign(x);
  const ax = Math.abs(x);
  const ix = highWord(ax);
  let z;
  if (ix < 0x40360000) { // |x| < 22
    if (x === 0) return x;
    if (ix < 0x3c800000) return x * (1 + x); // |x| < 2**-55
    if (ix >= 0x3ff00000) { // |x| >= 1
      const t = expm1(2 * ax);
      z = 1 - 2 / (t + 2);
    } else {
      const t = expm1(-2 * ax);
      z = -t / (t + 2);
    }
  } else {
    z = 1 - 1e-300;
  }
  return x >= 0 ? z : -z;
}

export function cosh(x) {
  if (!Number.isFinite(x)) return x * x;
  const ax = Math.abs(x);
  const ix = highWord(ax);
  if (ix < 0x3fd62e43) { // |x| < 0.5 ln 2
    const t = expm1(ax);
    const w = 1 + t;
    if (ix < 0x3c800000) return w;
    return 1 + (t * t) / (w + w);
  }
  if (ix < 0x40360000) { // |x| < 22
    const t = exp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * exp(ax); // |x| < log(DBL_MAX)
  if (ax <= 710.4758600739439) { // the overflow threshold
    const w = exp(0.5 * ax);
    return (0.5 * w) * w;
  }
  return Infinity;
}

export function sinh(x) {
  if (!Number.isFinite(x)) return x + x;
  const ax = Math.abs(x);
  const ix = highWord(ax);
  const h = x < 0 ? -0.5 : 0.5;
  if (ix < 0x40360000) { // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2**-28
    const t = expm1(ax);
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * exp(ax);
  if (ax <= 710.4758600739439) {
    const w = exp(0.5 * ax);
    return (h * w) * w;
  }
  return x * Infinity;
}

const LN2_FDLIBM = 6.93147180559945286227e-01;

export function asinh(x) {
  if (!Number.isFinite(x)) return x + x;
  const ax = Math.abs(x);
  const ix = highWord(ax);
  if (ix < 0x3e300000) return x; // |x| < 2**-28
  let w;
  if (ix > 0x41b00000) w = log(ax) + LN2_FDLIBM; // |x| > 2**28
  else if (ix > 0x40000000) w = log(2 * ax + 1 / (Math.sqrt(x * x + 1) + ax)); // |x| > 2
  else {
    const t = x * x;
    w = log1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x > 0 ? w : -w;
}

export function acosh(x) {
  const hx = highWord(x);
  if (hx < 0x3ff00000) return NaN; // x < 1 (or negative)
  if (hx >= 0x41b00000) return Number.isFinite(x) ? log(x) + LN2_FDLIBM : x + x; // x >= 2**28
  if (x === 1) return 0;
  if (hx > 0x40000000) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1))); // x > 2
  const t = x - 1;
  return log1p(t + Math.sqrt(2 * t + t * t));
}
