//! `np.sin`/`np.cos` of float64 data with hardware fused multiply-adds (relaxed SIMD's
//! `f64x2.relaxed_madd`): `runtime/src/trig.rs`'s two-lane kernel (glibc's s_sin.c as its
//! x86-64 FMA build runs it) with the multiply-adds that build fuses done fused, so neither
//! the rounding tests (`sure`) nor the emulated FMA (`fma_d`) are needed, and every argument
//! below 105414350 in magnitude takes the two-lane path (no scalar fallbacks). The same bits as
//! `trig.rs` (checked on tens of millions of arguments: bench/README.md, session 16).
//!
//! A module of its own (`stdlib-shims/numpy/_trigfma.mjs` carries it, loaded at the first
//! `np.sin`/`np.cos` of 64+ elements): relaxed SIMD must stay out of `_kernels_bg.wasm`. The
//! caller checks with [`p`] that `relaxed_madd` fuses here, and otherwise keeps `trig.rs`.
//! Arguments of magnitude 105414350 and above, infinities and NaN are left unchanged (the JS
//! side's double-double path takes them, as after `trig.rs`).
#![no_std]

use core::arch::wasm32::*;

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

const fn bits(hi: u32, lo: u32) -> f64 {
    f64::from_bits(((hi as u64) << 32) | lo as u64)
}

const S1: f64 = bits(0xBFC55555, 0x55555555);
const S2: f64 = bits(0x3F811111, 0x11110ECE);
const S3: f64 = bits(0xBF2A01A0, 0x19DB08B8);
const S4: f64 = bits(0x3EC71DE2, 0x7B9A7ED9);
const S5: f64 = bits(0xBE5ADDFF, 0xC2FCDF59);
#[allow(clippy::excessive_precision)]
const SN3: f64 = -1.66666666666664880952546298448555E-01;
#[allow(clippy::excessive_precision)]
const SN5: f64 = 8.33333214285722277379541354343671E-03;
#[allow(clippy::excessive_precision)]
const CS2: f64 = 4.99999999999999999999950396842453E-01;
#[allow(clippy::excessive_precision)]
const CS4: f64 = -4.16666666666664434524222570944589E-02;
#[allow(clippy::excessive_precision)]
const CS6: f64 = 1.38888874007937613028114285595617E-03;
const BIG: f64 = 52776558133248.0;
const HP0: f64 = bits(0x3FF921FB, 0x54442D18);
const HP1: f64 = bits(0x3C91A626, 0x33145C07);
const MP1: f64 = bits(0x3FF921FB, 0x58000000);
const MP2: f64 = bits(0xBE4DDE97, 0x3C000000);
const PP3: f64 = bits(0xBC8CB3B3, 0x98000000);
const PP4: f64 = bits(0xBACD747F, 0x23E32ED7);
const HPINV: f64 = bits(0x3FE45F30, 0x6DC9C883);
const TOINT: f64 = 6755399441055744.0;
const SIN_TINY: f64 = bits(0x3e500000, 0);
const COS_TINY: f64 = bits(0x3e400000, 0);
const LIM1: f64 = bits(0x3feb6000, 0);
const LIM2: f64 = bits(0x400368fd, 0);
const LIM3: f64 = bits(0x419921FB, 0);

/// glibc's sin/cos table (sin(i/128), low part, cos(i/128), low part, i = 0..110), written by
/// the caller through [`tab`] (`_libm.mjs::sinCosTable`) before the first [`run`].
static mut TAB: [f64; 444] = [0.0; 444];

/// Where the caller writes the table.
#[no_mangle]
pub extern "C" fn tab() -> *mut f64 {
    &raw mut TAB as *mut f64
}

/// `a * b + c` through `relaxed_madd`: the caller's test that it fuses here.
#[no_mangle]
pub extern "C" fn p(a: f64, b: f64, c: f64) -> f64 {
    f64x2_extract_lane::<0>(f64x2_relaxed_madd(f64x2_splat(a), f64x2_splat(b), f64x2_splat(c)))
}

struct Consts {
    zero: v128,
    small: v128,
    near_half: v128,
    half: v128,
    mhalf: v128,
    one: v128,
    f512: v128,
    big: v128,
    cs2: v128,
    cs4: v128,
    cs6: v128,
    hp0: v128,
    hp1: v128,
    hpinv: v128,
    lim1: v128,
    lim2: v128,
    lim3: v128,
    mp1: v128,
    mp2: v128,
    pp3: v128,
    pp4: v128,
    s1: v128,
    s2: v128,
    s3: v128,
    s4: v128,
    s5: v128,
    sn3: v128,
    sn5: v128,
    toint: v128,
    ci: v128,
    ione: v128,
    ithree: v128,
    tiny: v128,
    cm: v128,
    sign: v128,
}

/// The constants, splatted from memory once per call (`black_box`: V8 rebuilds a `v128.const`
/// with three instructions at every use, and they are smaller as data).
static KS: [f64; 32] = [
    0.0, 0.126, 0.4999999, 0.5, -0.5, 1.0, 512.0, BIG, CS2, CS4, CS6, HP0, HP1, HPINV, LIM1, LIM2, LIM3, MP1, MP2, PP3,
    PP4, S1, S2, S3, S4, S5, SN3, SN5, TOINT, -0.0, SIN_TINY, COS_TINY,
];

fn consts(cosine: bool) -> Consts {
    let k: &[f64; 32] = core::hint::black_box(&KS);
    // SAFETY: in bounds.
    let g = |i: usize| unsafe { v128_load64_splat(k.as_ptr().add(i) as *const u64) };
    let cm = core::hint::black_box(i64x2_splat(-(cosine as i64)));
    let ione = core::hint::black_box(i64x2_splat(1));
    Consts {
        zero: g(0),
        small: g(1),
        near_half: g(2),
        half: g(3),
        mhalf: g(4),
        one: g(5),
        f512: g(6),
        big: g(7),
        cs2: g(8),
        cs4: g(9),
        cs6: g(10),
        hp0: g(11),
        hp1: g(12),
        hpinv: g(13),
        lim1: g(14),
        lim2: g(15),
        lim3: g(16),
        mp1: g(17),
        mp2: g(18),
        pp3: g(19),
        pp4: g(20),
        s1: g(21),
        s2: g(22),
        s3: g(23),
        s4: g(24),
        s5: g(25),
        sn3: g(26),
        sn5: g(27),
        toint: g(28),
        sign: g(29),
        ci: v128_and(cm, ione),
        ione,
        ithree: i64x2_add(ione, i64x2_add(ione, ione)),
        tiny: g(30 + cosine as usize),
        cm,
    }
}

#[inline(always)]
fn sel(m: v128, a: v128, b: v128) -> v128 {
    v128_bitselect(a, b, m)
}

#[inline(always)]
fn fma(a: v128, b: v128, c: v128) -> v128 {
    f64x2_relaxed_madd(a, b, c)
}

/// Table entries `j` and `j + 1` as one vector (`j + 4 <= 444`: |a| < 0.86 for every lane).
#[inline(always)]
fn pair(j: usize) -> v128 {
    // SAFETY: j <= 440 (the reduced argument is below 0.86 in magnitude, and lanes out of
    // range were replaced by 0.5 first); wasm loads need no alignment.
    unsafe { v128_load((&raw const TAB as *const f64).add(j) as *const v128) }
}

/// sin (cos) of both lanes of `x`; lanes not below 105414350 in magnitude (or NaN) unchanged.
#[inline(always)]
fn trig2(x0: v128, kc: &Consts) -> v128 {
    let ax0 = f64x2_abs(x0);
    // NaN fails the comparison.
    let valid = f64x2_lt(ax0, kc.lim3);
    let all_valid = i64x2_all_true(valid);
    let (x, ax) = if all_valid { (x0, ax0) } else { (sel(valid, x0, kc.half), sel(valid, ax0, kc.half)) };
    let m1 = f64x2_lt(ax, kc.lim1);
    let m2 = f64x2_lt(ax, kc.lim2);
    // Reduction by pi/2 (lanes of the two small ranges compute harmless finite garbage).
    let p = f64x2_mul(x, kc.hpinv);
    // p + 1.5 * 2**52 holds n, the integer nearest p, in its low bits: n mod 4 is bits & 3.
    let pt = f64x2_add(p, kc.toint);
    let mut xn = f64x2_sub(pt, kc.toint);
    let mut nb = pt;
    let dn = f64x2_sub(p, xn);
    if v128_any_true(v128_andnot(f64x2_gt(f64x2_abs(dn), kc.near_half), m2)) {
        // `trig.rs::reduce_sc`: n from the exact product (its Dekker error is the fused one),
        // rounded half to even. Lanes with |dn| <= 0.4999999 keep n (|e| < 0.5 there).
        let e = f64x2_add(dn, fma(x, kc.hpinv, f64x2_neg(p)));
        let odd = v128_and(nb, kc.ione);
        let odd = i64x2_eq(odd, kc.ione);
        let up = v128_or(f64x2_gt(e, kc.half), v128_and(f64x2_eq(e, kc.half), odd));
        let down = v128_or(f64x2_lt(e, kc.mhalf), v128_and(f64x2_eq(e, kc.mhalf), odd));
        xn = f64x2_sub(f64x2_add(xn, v128_and(up, kc.one)), v128_and(down, kc.one));
        // (The masks are -1 as integers.)
        nb = i64x2_add(i64x2_sub(nb, up), down);
    }
    let y = f64x2_sub(f64x2_sub(x, f64x2_mul(xn, kc.mp1)), f64x2_mul(xn, kc.mp2));
    let t1 = f64x2_mul(xn, kc.pp3);
    let t2 = f64x2_sub(y, t1);
    let db = f64x2_sub(f64x2_sub(y, t2), t1);
    let t1 = f64x2_mul(xn, kc.pp4);
    let b = f64x2_sub(t2, t1);
    let db = f64x2_add(db, f64x2_sub(f64x2_sub(t2, b), t1));
    // The quadrant (as an integer: only its two low bits count), plus 1 for the cosine.
    let q3 = i64x2_add(nb, kc.ci);
    let (a, da, q) = if v128_any_true(m2) {
        // pi/2 - |x| for the middle range (the cosine's and the sine's, selected by `kc.cm`:
        // one copy of the code for both), and |x| < 0.855 as it is.
        let y2 = f64x2_sub(kc.hp0, ax);
        let a2 = sel(kc.cm, f64x2_add(y2, kc.hp1), y2);
        let da2 = sel(kc.cm, f64x2_add(f64x2_sub(y2, a2), kc.hp1), kc.hp1);
        let q2 = v128_andnot(sel(f64x2_lt(x, kc.zero), kc.ithree, kc.ione), kc.cm);
        (sel(m1, x, sel(m2, a2, b)), sel(m1, kc.zero, sel(m2, da2, db)), sel(m1, kc.ci, sel(m2, q2, q3)))
    } else {
        (b, db, q3)
    };
    let odd = i64x2_shr(i64x2_shl(q, 63), 63);
    let negq = i64x2_shr(i64x2_shl(q, 62), 63);

    let aa = f64x2_abs(a);
    let k = f64x2_sub(f64x2_add(kc.big, aa), kc.big);
    let jf = f64x2_mul(k, kc.f512);
    let small = f64x2_lt(aa, kc.small);
    let even = v128_not(odd);
    let tiny_even = v128_and(even, small);

    // One evaluation for the cosine (odd quadrants) and the sine of |a| >= 0.126 (even), as in
    // trig.rs's `trig2`, with the fused steps of its `do_cos`/`do_sin` (B the table's value at
    // k, O the other, L the low parts; O, OL negated for the cosine):
    //   cosine: r = B + fma(O, s, (BL + s OL) - B c)
    //   sine:   r = B + fma(O, s, fma(-B, c, BL + s OL))
    let r = if !i64x2_all_true(tiny_even) {
        // The cosine's d takes its sign from a < 0, the sine's from a <= 0 (a = -0 differs).
        let negd = sel(odd, f64x2_lt(a, kc.zero), f64x2_le(a, kc.zero));
        let d = sel(negd, f64x2_neg(da), da);
        let dz = v128_and(d, odd);
        let ds = v128_andnot(d, odd);
        let (j0, j1) = (f64x2_extract_lane::<0>(jf) as usize, f64x2_extract_lane::<1>(jf) as usize);
        let (o0, o1) = (i64x2_extract_lane::<0>(odd) as usize & 2, i64x2_extract_lane::<1>(odd) as usize & 2);
        let (b0, p0) = (pair(j0 + o0), pair(j0 + (2 - o0)));
        let (b1, p1) = (pair(j1 + o1), pair(j1 + (2 - o1)));
        let bb = i64x2_shuffle::<0, 2>(b0, b1);
        let bl = i64x2_shuffle::<1, 3>(b0, b1);
        let flip = v128_and(odd, kc.sign);
        let o = v128_xor(i64x2_shuffle::<0, 2>(p0, p1), flip);
        let ol = v128_xor(i64x2_shuffle::<1, 3>(p0, p1), flip);

        let z = f64x2_add(f64x2_sub(aa, k), dz);
        let zz = f64x2_mul(z, z);
        let t = f64x2_mul(f64x2_mul(z, zz), f64x2_add(kc.sn3, f64x2_mul(zz, kc.sn5)));
        let s = f64x2_add(z, f64x2_add(t, ds));
        let cpoly = f64x2_add(
            f64x2_mul(z, ds),
            f64x2_mul(zz, f64x2_add(kc.cs2, f64x2_mul(zz, f64x2_add(kc.cs4, f64x2_mul(zz, kc.cs6))))),
        );
        let tt = f64x2_add(bl, f64x2_mul(s, ol));
        let inner = sel(odd, f64x2_sub(tt, f64x2_mul(bb, cpoly)), fma(f64x2_neg(bb), cpoly, tt));
        let r = f64x2_add(bb, fma(o, s, inner));
        // The sine of a negative a is the negated sine of |a|.
        sel(v128_and(even, f64x2_lt(a, kc.zero)), f64x2_neg(r), r)
    } else {
        kc.zero
    };
    let r = if v128_any_true(tiny_even) {
        // Sine of |a| < 0.126: a + fma(fma(poly, a, -da / 2), a a, da).
        let zz = f64x2_mul(a, a);
        let poly = f64x2_add(f64x2_mul(kc.s5, zz), kc.s4);
        let poly = f64x2_add(f64x2_mul(poly, zz), kc.s3);
        let poly = f64x2_add(f64x2_mul(poly, zz), kc.s2);
        let poly = f64x2_add(f64x2_mul(poly, zz), kc.s1);
        let g = fma(poly, a, f64x2_mul(kc.mhalf, da));
        sel(tiny_even, f64x2_add(a, fma(g, zz, da)), r)
    } else {
        r
    };
    let res = sel(negq, f64x2_neg(r), r);
    // Tiny arguments: sin x = x, cos x = 1.
    let tiny = f64x2_lt(ax, kc.tiny);
    let res = if v128_any_true(tiny) { sel(tiny, sel(kc.cm, kc.one, x), res) } else { res };
    if all_valid {
        res
    } else {
        sel(valid, res, x0)
    }
}

/// `x[i] = sin(x[i])` (`cosine` 0) or `cos(x[i])` for `i < 2 * pairs`; returns how many pairs
/// held an argument left unchanged (magnitude 105414350 and above, infinity, NaN).
///
/// # Safety
/// `x` points to `2 * pairs` doubles in this module's memory.
#[no_mangle]
pub unsafe extern "C" fn run(x: *mut f64, pairs: usize, cosine: u32) -> u32 {
    let mut left = 0;
    let kc = &consts(cosine != 0);
    for i in 0..pairs {
        let ptr = x.add(2 * i) as *mut v128;
        let v = v128_load(ptr);
        left += !i64x2_all_true(f64x2_lt(f64x2_abs(v), kc.lim3)) as u32;
        v128_store(ptr, trig2(v, kc));
    }
    left
}
