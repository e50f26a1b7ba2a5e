//! Random numbers that reproduce NumPy's streams exactly.
//!
//! * [`RandomState`]: the legacy `np.random.*` API. MT19937 seeded as `np.random.seed(n)` does
//!   (`mt19937_seed`, Knuth's linear init, for an integer seed; `init_by_array` for a sequence),
//!   with NumPy's legacy algorithms: 53-bit doubles from two draws, the polar Box-Muller
//!   `legacy_gauss` with its cached second value, masked rejection for bounded integers, and
//!   `random_interval` for shuffles.
//! * [`Generator`]: `np.random.default_rng(seed)`. PCG64 (XSL-RR 128/64) seeded through
//!   `SeedSequence`, Lemire's bounded integers, and the 256-step ziggurat for normals.

use crate::array::Array;
use crate::error::{Error, Result};
use crate::map_typed;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// A source of random bits, as NumPy's `bitgen_t`.
pub trait BitGen {
    fn next_u32(&mut self) -> u32;
    fn next_u64(&mut self) -> u64;
    fn next_double(&mut self) -> f64;
}

/// The Mersenne Twister, as in NumPy's `mt19937.c`.
#[derive(Clone)]
pub struct Mt19937 {
    key: [u32; N],
    pos: usize,
}

impl Mt19937 {
    /// `mt19937_seed`: the reference `init_genrand`.
    pub fn new(seed: u32) -> Mt19937 {
        let mut key = [0u32; N];
        let mut s = seed;
        for (pos, k) in key.iter_mut().enumerate() {
            *k = s;
            s = 1_812_433_253u32.wrapping_mul(s ^ (s >> 30)).wrapping_add(pos as u32 + 1);
        }
        Mt19937 { key, pos: N }
    }

    /// `mt19937_init_by_array`.
    pub fn from_array(init_key: &[u32]) -> Mt19937 {
        let mut st = Mt19937::new(19_650_218);
        let mt = &mut st.key;
        let (mut i, mut j) = (1usize, 0usize);
        let len = init_key.len();
        for _ in 0..N.max(len) {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(init_key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000;
        st.pos = N;
        st
    }

    fn generate(&mut self) {
        let k = &mut self.key;
        let twist = |a: u32, b: u32, m: u32| {
            let y = (a & UPPER_MASK) | (b & LOWER_MASK);
            m ^ (y >> 1) ^ (if y & 1 == 1 { MATRIX_A } else { 0 })
        };
        for i in 0..N - M {
            k[i] = twist(k[i], k[i + 1], k[i + M]);
        }
        for i in N - M..N - 1 {
            k[i] = twist(k[i], k[i + 1], k[i + M - N]);
        }
        k[N - 1] = twist(k[N - 1], k[0], k[M - 1]);
        self.pos = 0;
    }
}

impl BitGen for Mt19937 {
    fn next_u32(&mut self) -> u32 {
        if self.pos == N {
            self.generate();
        }
        let mut y = self.key[self.pos];
        self.pos += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn next_u64(&mut self) -> u64 {
        let hi = self.next_u32() as u64;
        (hi << 32) | self.next_u32() as u64
    }

    fn next_double(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }
}

/// Smallest all-ones mask covering `max` (`gen_mask`).
fn gen_mask(max: u64) -> u64 {
    let mut m = max;
    m |= m >> 1;
    m |= m >> 2;
    m |= m >> 4;
    m |= m >> 8;
    m |= m >> 16;
    m |= m >> 32;
    m
}

/// `random_interval`: uniform in `0..=max` by masked rejection.
pub fn random_interval(g: &mut impl BitGen, max: u64) -> u64 {
    if max == 0 {
        return 0;
    }
    let mask = gen_mask(max);
    loop {
        let v = if max <= 0xffff_ffff { (g.next_u32() as u64) & mask } else { g.next_u64() & mask };
        if v <= max {
            return v;
        }
    }
}

/// `random_bounded_uint64_fill`: `off + [0, rng]`, masked (legacy) or Lemire (Generator).
fn bounded_u64(g: &mut impl BitGen, off: u64, rng: u64, masked: bool) -> u64 {
    if rng == 0 {
        return off;
    }
    if rng <= 0xffff_ffff {
        if rng == 0xffff_ffff {
            return off.wrapping_add(g.next_u32() as u64);
        }
        let rng32 = rng as u32;
        if masked {
            let mask = gen_mask(rng) as u32;
            loop {
                let v = g.next_u32() & mask;
                if v <= rng32 {
                    return off.wrapping_add(v as u64);
                }
            }
        }
        let excl = rng32 + 1;
        let mut m = (g.next_u32() as u64) * excl as u64;
        let mut leftover = m as u32;
        if leftover < excl {
            let threshold = (u32::MAX - rng32) % excl;
            while leftover < threshold {
                m = (g.next_u32() as u64) * excl as u64;
                leftover = m as u32;
            }
        }
        return off.wrapping_add(m >> 32);
    }
    if rng == u64::MAX {
        return off.wrapping_add(g.next_u64());
    }
    if masked {
        let mask = gen_mask(rng);
        loop {
            let v = g.next_u64() & mask;
            if v <= rng {
                return off.wrapping_add(v);
            }
        }
    }
    let excl = rng + 1;
    let mut m = (g.next_u64() as u128) * excl as u128;
    let mut leftover = m as u64;
    if leftover < excl {
        let threshold = (u64::MAX - rng) % excl;
        while leftover < threshold {
            m = (g.next_u64() as u128) * excl as u128;
            leftover = m as u64;
        }
    }
    off.wrapping_add((m >> 64) as u64)
}

fn check_bounds(low: i64, high: i64) -> Result<u64> {
    if low >= high {
        return Err(Error::value(if low == 0 { "high <= 0" } else { "low >= high" }));
    }
    Ok((high - 1).wrapping_sub(low) as u64)
}

/// Checks `p` for `choice` and returns it as a vector.
fn check_p(p: &[f64], pop: usize) -> Result<()> {
    if p.len() != pop {
        return Err(Error::value("'a' and 'p' must have same size"));
    }
    if p.iter().any(|x| !x.is_finite()) {
        return Err(Error::value("probabilities contain NaN"));
    }
    if p.iter().any(|&x| x < 0.0) {
        return Err(Error::value("probabilities are not non-negative"));
    }
    let s = crate::reduce::pairwise_sum(p);
    if (s - 1.0).abs() > f64::EPSILON.sqrt() {
        return Err(Error::value("probabilities do not sum to 1"));
    }
    Ok(())
}

/// NumPy's `cdf.searchsorted(u, side='right')` with `cdf = cumsum(p) / cdf[-1]`.
fn cdf_of(p: &[f64]) -> Vec<f64> {
    let mut cdf = Vec::with_capacity(p.len());
    let mut acc = 0.0;
    for &x in p {
        acc += x;
        cdf.push(acc);
    }
    let last = *cdf.last().unwrap_or(&1.0);
    cdf.iter_mut().for_each(|c| *c /= last);
    cdf
}

fn search_right(cdf: &[f64], u: f64) -> i64 {
    cdf.partition_point(|&c| c <= u) as i64
}

/// Weighted sampling without replacement, NumPy's loop (shared by both APIs).
fn choice_p_noreplace(p: &[f64], size: usize, mut uniforms: impl FnMut(usize) -> Vec<f64>) -> Result<Vec<i64>> {
    if p.iter().filter(|&&x| x > 0.0).count() < size {
        return Err(Error::value("Fewer non-zero entries in p than size"));
    }
    let mut p = p.to_vec();
    let mut found: Vec<i64> = Vec::with_capacity(size);
    while found.len() < size {
        let x = uniforms(size - found.len());
        for &f in &found {
            p[f as usize] = 0.0;
        }
        let cdf = cdf_of(&p);
        let mut seen = std::collections::HashSet::new();
        for u in x {
            let i = search_right(&cdf, u);
            if seen.insert(i) {
                found.push(i);
            }
        }
    }
    Ok(found)
}

/// The legacy `np.random` state (`RandomState`).
#[derive(Clone)]
pub struct RandomState {
    mt: Mt19937,
    gauss: Option<f64>,
}

impl RandomState {
    /// `np.random.seed(seed)` for an integer seed.
    pub fn new(seed: i64) -> Result<RandomState> {
        if !(0..=0xffff_ffff).contains(&seed) {
            return Err(Error::value("Seed must be between 0 and 2**32 - 1"));
        }
        Ok(RandomState { mt: Mt19937::new(seed as u32), gauss: None })
    }

    /// `np.random.seed([a, b, ...])`.
    pub fn from_array(seed: &[i64]) -> Result<RandomState> {
        if seed.is_empty() {
            return Err(Error::value("Seed must be non-empty"));
        }
        if seed.iter().any(|&s| !(0..=0xffff_ffff).contains(&s)) {
            return Err(Error::value("Seed must be between 0 and 2**32 - 1"));
        }
        let key: Vec<u32> = seed.iter().map(|&s| s as u32).collect();
        Ok(RandomState { mt: Mt19937::from_array(&key), gauss: None })
    }

    /// `random_sample` / `rand` / `random`: uniform in [0, 1).
    pub fn random(&mut self, n: usize) -> Vec<f64> {
        (0..n).map(|_| self.mt.next_double()).collect()
    }

    /// `get_state()`: the 624 key words, the position, has_gauss and the cached gaussian.
    pub fn get_state(&self) -> Vec<f64> {
        let mut v: Vec<f64> = self.mt.key.iter().map(|&k| k as f64).collect();
        v.push(self.mt.pos as f64);
        v.push(if self.gauss.is_some() { 1.0 } else { 0.0 });
        v.push(self.gauss.unwrap_or(0.0));
        v
    }

    /// `set_state(...)` from what `get_state` returns (the caller checks the lengths).
    pub fn set_state(&mut self, s: &[f64]) {
        for (k, &x) in self.mt.key.iter_mut().zip(s) {
            *k = x as u32;
        }
        self.mt.pos = s[N] as usize;
        self.gauss = if s[N + 1] != 0.0 { Some(s[N + 2]) } else { None };
    }

    /// `legacy_gauss`: polar Box-Muller, caching the second value.
    pub fn gauss(&mut self) -> f64 {
        if let Some(g) = self.gauss.take() {
            return g;
        }
        let (x1, x2, r2) = loop {
            let x1 = 2.0 * self.mt.next_double() - 1.0;
            let x2 = 2.0 * self.mt.next_double() - 1.0;
            let r2 = x1 * x1 + x2 * x2;
            if r2 < 1.0 && r2 != 0.0 {
                break (x1, x2, r2);
            }
        };
        let f = (-2.0 * r2.ln() / r2).sqrt();
        self.gauss = Some(f * x1);
        f * x2
    }

    /// `randn` / `standard_normal`.
    pub fn standard_normal(&mut self, n: usize) -> Vec<f64> {
        (0..n).map(|_| self.gauss()).collect()
    }

    /// `normal(loc, scale, n)`.
    pub fn normal(&mut self, loc: f64, scale: f64, n: usize) -> Result<Vec<f64>> {
        if scale < 0.0 {
            return Err(Error::value("scale < 0"));
        }
        Ok((0..n).map(|_| loc + scale * self.gauss()).collect())
    }

    /// `uniform(low, high, n)`.
    pub fn uniform(&mut self, low: f64, high: f64, n: usize) -> Result<Vec<f64>> {
        let range = high - low;
        if !range.is_finite() {
            return Err(Error::value("Range exceeds valid bounds"));
        }
        Ok((0..n).map(|_| low + range * self.mt.next_double()).collect())
    }

    /// `randint(low, high, n)`: `[low, high)`; call with `(0, low)` for the one-argument form.
    pub fn randint(&mut self, low: i64, high: i64, n: usize) -> Result<Vec<i64>> {
        let rng = check_bounds(low, high)?;
        Ok((0..n).map(|_| bounded_u64(&mut self.mt, low as u64, rng, true) as i64).collect())
    }

    /// Shuffles `n` items by swapping through `swap(i, j)`, NumPy's order.
    fn shuffle_with(&mut self, n: usize, mut swap: impl FnMut(usize, usize)) {
        for i in (1..n).rev() {
            let j = random_interval(&mut self.mt, i as u64) as usize;
            swap(i, j);
        }
    }

    /// `shuffle(a)`: in place along the first axis.
    pub fn shuffle(&mut self, a: &Array) -> Result<()> {
        shuffle_array(a, |n, swap| self.shuffle_with(n, swap))
    }

    /// `permutation(n)`.
    pub fn permutation(&mut self, n: usize) -> Vec<i64> {
        let mut v: Vec<i64> = (0..n as i64).collect();
        self.shuffle_with(n, |i, j| v.swap(i, j));
        v
    }

    /// `choice(pop, size, replace, p)`: indices into a population of `pop` elements.
    pub fn choice(&mut self, pop: usize, size: usize, replace: bool, p: Option<&[f64]>) -> Result<Vec<i64>> {
        if pop == 0 && size > 0 {
            return Err(Error::value("'a' cannot be empty unless no samples are taken"));
        }
        if let Some(p) = p {
            check_p(p, pop)?;
        }
        match (replace, p) {
            (true, Some(p)) => {
                let cdf = cdf_of(p);
                Ok(self.random(size).into_iter().map(|u| search_right(&cdf, u)).collect())
            }
            (true, None) => self.randint(0, pop as i64, size),
            (false, _) if size > pop => {
                Err(Error::value("Cannot take a larger sample than population when 'replace=False'"))
            }
            (false, Some(p)) => choice_p_noreplace(p, size, |k| self.random(k)),
            (false, None) => Ok(self.permutation(pop)[..size].to_vec()),
        }
    }
}

/// Shuffles an array in place along axis 0, given a shuffler that calls `swap(i, j)`.
fn shuffle_array(a: &Array, shuffler: impl FnOnce(usize, &mut dyn FnMut(usize, usize))) -> Result<()> {
    if a.ndim() == 0 {
        return Err(Error::type_("object of type 'numpy.float64' has no len()"));
    }
    let n = a.shape()[0];
    map_typed!(a, x => {
        // Row-wise swaps on a copy, written back through the view.
        let rows = x.size() / n.max(1);
        let mut data = x.to_vec();
        shuffler(n, &mut |i, j| {
            for k in 0..rows {
                data.swap(i * rows + k, j * rows + k);
            }
        });
        x.assign(&crate::array::NdArray::from_vec(x.shape().to_vec(), data))?;
        x.clone()
    });
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// SeedSequence + PCG64 (np.random.default_rng)
// ---------------------------------------------------------------------------------------------

const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;
const POOL_SIZE: usize = 4;

/// NumPy's `SeedSequence` (entropy only, no spawn key).
pub struct SeedSequence {
    pool: [u32; POOL_SIZE],
}

impl SeedSequence {
    /// From an integer entropy (its little-endian 32-bit words).
    pub fn new(entropy: u128) -> SeedSequence {
        let mut words = Vec::new();
        let mut e = entropy;
        loop {
            words.push(e as u32);
            e >>= 32;
            if e == 0 {
                break;
            }
        }
        Self::from_words(&words)
    }

    pub fn from_words(entropy: &[u32]) -> SeedSequence {
        let mut hash_const = INIT_A;
        let mut hashmix = |value: u32| {
            let mut v = value ^ hash_const;
            hash_const = hash_const.wrapping_mul(MULT_A);
            v = v.wrapping_mul(hash_const);
            v ^ (v >> 16)
        };
        let mix = |x: u32, y: u32| {
            let r = MIX_MULT_L.wrapping_mul(x).wrapping_sub(MIX_MULT_R.wrapping_mul(y));
            r ^ (r >> 16)
        };
        let mut pool = [0u32; POOL_SIZE];
        for (i, p) in pool.iter_mut().enumerate() {
            *p = hashmix(entropy.get(i).copied().unwrap_or(0));
        }
        for src in 0..POOL_SIZE {
            for dst in 0..POOL_SIZE {
                if src != dst {
                    let h = hashmix(pool[src]);
                    pool[dst] = mix(pool[dst], h);
                }
            }
        }
        for &e in entropy.iter().skip(POOL_SIZE) {
            for p in pool.iter_mut() {
                let h = hashmix(e);
                *p = mix(*p, h);
            }
        }
        SeedSequence { pool }
    }

    /// `generate_state(n_words, np.uint32)`.
    pub fn generate_state_u32(&self, n: usize) -> Vec<u32> {
        let mut hash_const = INIT_B;
        (0..n)
            .map(|i| {
                let mut v = self.pool[i % POOL_SIZE] ^ hash_const;
                hash_const = hash_const.wrapping_mul(MULT_B);
                v = v.wrapping_mul(hash_const);
                v ^ (v >> 16)
            })
            .collect()
    }

    /// `generate_state(n_words, np.uint64)`.
    pub fn generate_state_u64(&self, n: usize) -> Vec<u64> {
        let w = self.generate_state_u32(2 * n);
        (0..n).map(|i| (w[2 * i] as u64) | ((w[2 * i + 1] as u64) << 32)).collect()
    }
}

const PCG_MULT: u128 = (2_549_297_995_355_413_924u128 << 64) | 4_865_540_595_714_422_341u128;

/// PCG64 (XSL-RR 128/64), as NumPy's `pcg64.h`, with its buffered 32-bit output.
#[derive(Clone)]
pub struct Pcg64 {
    state: u128,
    inc: u128,
    buffered: Option<u32>,
}

impl Pcg64 {
    /// Seeds from a `SeedSequence` as `PCG64(seed)` does.
    pub fn from_seed_sequence(ss: &SeedSequence) -> Pcg64 {
        let v = ss.generate_state_u64(4);
        let seed = ((v[0] as u128) << 64) | v[1] as u128;
        let inc = ((v[2] as u128) << 64) | v[3] as u128;
        let mut g = Pcg64 { state: 0, inc: (inc << 1) | 1, buffered: None };
        g.step();
        g.state = g.state.wrapping_add(seed);
        g.step();
        g
    }

    fn step(&mut self) {
        self.state = self.state.wrapping_mul(PCG_MULT).wrapping_add(self.inc);
    }
}

impl BitGen for Pcg64 {
    fn next_u64(&mut self) -> u64 {
        self.step();
        let s = self.state;
        let x = ((s >> 64) as u64) ^ (s as u64);
        x.rotate_right((s >> 122) as u32)
    }

    fn next_u32(&mut self) -> u32 {
        if let Some(v) = self.buffered.take() {
            return v;
        }
        let n = self.next_u64();
        self.buffered = Some((n >> 32) as u32);
        n as u32
    }

    fn next_double(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9_007_199_254_740_992.0)
    }
}

/// `np.random.default_rng(seed)`: a `Generator` over PCG64.
#[derive(Clone)]
pub struct Generator {
    bitgen: Pcg64,
}

impl Generator {
    /// `random_interval(bitgen, max)`: NumPy's masked draw in `0..=max` (Generator.hypergeometric).
    pub fn interval(&mut self, max: u64) -> u64 {
        random_interval(&mut self.bitgen, max)
    }

    pub fn new(seed: u128) -> Generator {
        Generator { bitgen: Pcg64::from_seed_sequence(&SeedSequence::new(seed)) }
    }

    /// `random(n)`: uniform in [0, 1).
    pub fn random(&mut self, n: usize) -> Vec<f64> {
        (0..n).map(|_| self.bitgen.next_double()).collect()
    }

    /// `uniform(low, high, n)`.
    pub fn uniform(&mut self, low: f64, high: f64, n: usize) -> Result<Vec<f64>> {
        let range = high - low;
        if !range.is_finite() {
            return Err(Error::value("Range exceeds valid bounds"));
        }
        Ok((0..n).map(|_| low + range * self.bitgen.next_double()).collect())
    }

    /// `integers(low, high, n)` (`endpoint=False`).
    pub fn integers(&mut self, low: i64, high: i64, n: usize) -> Result<Vec<i64>> {
        let rng = check_bounds(low, high)?;
        Ok((0..n).map(|_| bounded_u64(&mut self.bitgen, low as u64, rng, false) as i64).collect())
    }

    /// `standard_normal(n)` by the ziggurat.
    pub fn standard_normal(&mut self, n: usize) -> Vec<f64> {
        (0..n).map(|_| ziggurat::standard_normal(&mut self.bitgen)).collect()
    }

    /// `normal(loc, scale, n)`.
    pub fn normal(&mut self, loc: f64, scale: f64, n: usize) -> Result<Vec<f64>> {
        if scale < 0.0 {
            return Err(Error::value("scale < 0"));
        }
        Ok((0..n).map(|_| loc + scale * ziggurat::standard_normal(&mut self.bitgen)).collect())
    }

    /// `exponential(scale, n)` (`standard_exponential` for scale 1): NumPy's exponential ziggurat.
    pub fn exponential(&mut self, scale: f64, n: usize) -> Result<Vec<f64>> {
        if scale < 0.0 {
            return Err(Error::value("scale < 0"));
        }
        Ok((0..n).map(|_| scale * ziggurat::standard_exponential(&mut self.bitgen)).collect())
    }

    fn shuffle_with(&mut self, n: usize, mut swap: impl FnMut(usize, usize)) {
        for i in (1..n).rev() {
            let j = random_interval(&mut self.bitgen, i as u64) as usize;
            swap(i, j);
        }
    }

    /// `shuffle(a)` along axis 0.
    pub fn shuffle(&mut self, a: &Array) -> Result<()> {
        shuffle_array(a, |n, swap| self.shuffle_with(n, swap))
    }

    /// `permutation(n)`.
    pub fn permutation(&mut self, n: usize) -> Vec<i64> {
        let mut v: Vec<i64> = (0..n as i64).collect();
        self.shuffle_with(n, |i, j| v.swap(i, j));
        v
    }

    /// `_shuffle_int`: Fisher-Yates from the end down to `first`, with Lemire draws.
    fn shuffle_int(&mut self, data: &mut [i64], first: usize) {
        for i in (first.max(1)..data.len()).rev() {
            let j = bounded_u64(&mut self.bitgen, 0, i as u64, false) as usize;
            data.swap(i, j);
        }
    }

    /// `choice(pop, size, replace, p, shuffle=True)`: indices into the population.
    pub fn choice(&mut self, pop: usize, size: usize, replace: bool, p: Option<&[f64]>) -> Result<Vec<i64>> {
        if pop == 0 && size > 0 {
            return Err(Error::value("a cannot be empty unless no samples are taken"));
        }
        if let Some(p) = p {
            check_p(p, pop)?;
        }
        match (replace, p) {
            (true, Some(p)) => {
                let cdf = cdf_of(p);
                Ok(self.random(size).into_iter().map(|u| search_right(&cdf, u)).collect())
            }
            (true, None) => self.integers(0, pop as i64, size),
            (false, _) if size > pop => {
                Err(Error::value("Cannot take a larger sample than population when replace is False"))
            }
            (false, Some(p)) => choice_p_noreplace(p, size, |k| self.random(k)),
            (false, None) => {
                if pop > 10_000 && size > pop / 50 {
                    let mut idx: Vec<i64> = (0..pop as i64).collect();
                    self.shuffle_int(&mut idx, (pop - size).max(1));
                    return Ok(idx[pop - size..].to_vec());
                }
                // Floyd's algorithm with NumPy's open-addressing set.
                let mut out = vec![0i64; size];
                let mask = gen_mask((1.2 * size as f64) as u64);
                let mut set = vec![u64::MAX; (mask + 1) as usize];
                for j in (pop - size)..pop {
                    let val = bounded_u64(&mut self.bitgen, 0, j as u64, false);
                    let mut loc = (val & mask) as usize;
                    while set[loc] != u64::MAX && set[loc] != val {
                        loc = (loc + 1) & mask as usize;
                    }
                    let k = j + size - pop;
                    if set[loc] == u64::MAX {
                        set[loc] = val;
                        out[k] = val as i64;
                    } else {
                        let mut loc = (j as u64 & mask) as usize;
                        while set[loc] != u64::MAX {
                            loc = (loc + 1) & mask as usize;
                        }
                        set[loc] = j as u64;
                        out[k] = j as i64;
                    }
                }
                self.shuffle_int(&mut out, 1);
                Ok(out)
            }
        }
    }
}

pub mod ziggurat {
    //! NumPy's 256-step ziggurat for the standard normal (`random_standard_normal`).
    //!
    //! The tables are generated by `runtime/tools/gen_ziggurat.py` the way NumPy's were (normal:
    //! double-precision recurrence, with the one near-tie exp NumPy's generating platform rounded
    //! up; exponential: 256-bit), so normals and exponentials match NumPy bit for bit.

    use super::BitGen;

    const R: f64 = 3.654_152_885_361_009;
    const INV_R: f64 = 0.273_661_237_329_758_3;

    /// The six tables (`KI`, `WI`, `FI` for normals, `KE`, `WE`, `FE` for exponentials).
    /// In WASM they are not in the module's data (12 KB that every NumPy program would
    /// download): `numpy/random.mjs` passes them in once, before its first `default_rng`
    /// (`rngSetZiggurat`: the tables of `ziggurat_tables.rs` in that order, 8 bytes
    /// little-endian each).
    #[derive(Clone, Copy)]
    pub struct Tables {
        ki: &'static [u64; 256],
        wi: &'static [f64; 256],
        fi: &'static [f64; 256],
        ke: &'static [u64; 256],
        we: &'static [f64; 256],
        fe: &'static [f64; 256],
    }

    static TABLES: std::sync::OnceLock<Tables> = std::sync::OnceLock::new();

    /// Installs the tables from their bytes (6 x 256 x 8); a second call is a no-op.
    pub fn set_tables(bytes: &[u8]) {
        fn words(bytes: &[u8], k: usize) -> [u64; 256] {
            let mut out = [0u64; 256];
            for (i, w) in out.iter_mut().enumerate() {
                let at = (k * 256 + i) * 8;
                let mut b = [0u8; 8];
                b.copy_from_slice(&bytes[at..at + 8]);
                *w = u64::from_le_bytes(b);
            }
            out
        }
        fn ints(bytes: &[u8], k: usize) -> &'static [u64; 256] {
            Box::leak(Box::new(words(bytes, k)))
        }
        fn floats(bytes: &[u8], k: usize) -> &'static [f64; 256] {
            Box::leak(Box::new(words(bytes, k).map(f64::from_bits)))
        }
        TABLES.get_or_init(|| Tables {
            ki: ints(bytes, 0),
            wi: floats(bytes, 1),
            fi: floats(bytes, 2),
            ke: ints(bytes, 3),
            we: floats(bytes, 4),
            fe: floats(bytes, 5),
        });
    }

    /// Whether [`set_tables`] ran (always true natively).
    pub fn has_tables() -> bool {
        cfg!(not(target_arch = "wasm32")) || TABLES.get().is_some()
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn tables() -> Tables {
        use crate::ziggurat_tables::{FE, FI, KE, KI, WE, WI};
        *TABLES.get_or_init(|| Tables { ki: &KI, wi: &WI, fi: &FI, ke: &KE, we: &WE, fe: &FE })
    }

    /// `numpy/random.mjs` carries the tables for WASM: they must be `ziggurat_tables.rs`'s.
    #[cfg(test)]
    #[test]
    fn js_copy_matches() {
        use crate::ziggurat_tables::{FE, FI, KE, KI, WE, WI};
        let js =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../stdlib-shims/numpy/random.mjs")).unwrap();
        let at = js.find("const ZIGGURAT =").unwrap();
        let b64 = js[at..].split('"').nth(1).unwrap();
        let (mut bytes, mut acc, mut bits) = (vec![], 0u32, 0);
        for c in b64.bytes().filter(|&c| c != b'=') {
            let v = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'+' => 62,
                _ => 63,
            };
            acc = (acc << 6) | v as u32;
            bits += 6;
            if bits >= 8 {
                bits -= 8;
                bytes.push((acc >> bits) as u8);
                acc &= (1 << bits) - 1;
            }
        }
        let mut want = vec![];
        for k in 0..6 {
            for i in 0..256 {
                let w = match k {
                    0 => KI[i],
                    1 => WI[i].to_bits(),
                    2 => FI[i].to_bits(),
                    3 => KE[i],
                    4 => WE[i].to_bits(),
                    _ => FE[i].to_bits(),
                };
                want.extend_from_slice(&w.to_le_bytes());
            }
        }
        assert_eq!(bytes, want);
    }

    #[cfg(target_arch = "wasm32")]
    fn tables() -> Tables {
        match TABLES.get() {
            Some(t) => *t,
            None => core::arch::wasm32::unreachable(),
        }
    }

    pub fn standard_normal(g: &mut impl BitGen) -> f64 {
        let t = tables();
        loop {
            let mut r = g.next_u64();
            let idx = (r & 0xff) as usize;
            r >>= 8;
            let sign = r & 1;
            let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
            let mut x = rabs as f64 * t.wi[idx];
            if sign == 1 {
                x = -x;
            }
            if rabs < t.ki[idx] {
                return x;
            }
            if idx == 0 {
                loop {
                    let xx = -INV_R * (-g.next_double()).ln_1p();
                    let yy = -(-g.next_double()).ln_1p();
                    if yy + yy > xx * xx {
                        return if (rabs >> 8) & 1 == 1 { -(R + xx) } else { R + xx };
                    }
                }
            } else if (t.fi[idx - 1] - t.fi[idx]) * g.next_double() + t.fi[idx] < (-0.5 * x * x).exp() {
                return x;
            }
        }
    }

    const EXP_R: f64 = 7.697_117_470_131_049_72;

    /// `random_standard_exponential`: 53 random bits, 8 of them pick the layer.
    pub fn standard_exponential(g: &mut impl BitGen) -> f64 {
        let t = tables();
        loop {
            let mut ri = g.next_u64() >> 3;
            let idx = (ri & 0xff) as usize;
            ri >>= 8;
            let x = ri as f64 * t.we[idx];
            if ri < t.ke[idx] {
                return x;
            }
            if idx == 0 {
                return EXP_R - (-g.next_double()).ln_1p();
            }
            if (t.fe[idx - 1] - t.fe[idx]) * g.next_double() + t.fe[idx] < (-x).exp() {
                return x;
            }
        }
    }
}
