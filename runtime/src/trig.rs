//! `np.sin`/`np.cos` over float64 arrays: the same algorithm, bit for bit, as `sinArray`/`cosArray`
//! in `stdlib-shims/_libm.mjs` (glibc's s_sin.c as its x86-64 FMA build runs it, so results
//! print NumPy's digits), compiled to WebAssembly, where it runs about twice as fast as V8's JS.
//!
//! Arguments reduce by pi/2 in three parts (glibc's reduction below 105414350), then a table of
//! sin and cos at i/128 (double-doubles) and short polynomials. The multiply-adds whose single
//! rounding decides the last bit are first computed unfused, with a rounding test (`sure`)
//! deciding whether the emulated FMA (`fma_d`) is needed. Arguments of magnitude 105414350
//! and above, infinities and NaN are left unchanged for the JS side (`_libm.mjs`'s
//! double-double path); their count is returned.

/// glibc's table: sin(i/128), its low part, cos(i/128), its low part, for i = 0..110 (the bits
/// `_libm.mjs::sinCosTab` computes from BigInt series). In WASM the table is that JS one, passed
/// in once by `numpy/_core.mjs` (`sinCosSetTable`) before the first call: JS computes it
/// anyway, and the module's data (which every NumPy program downloads) stays 3.5 KB smaller.
#[cfg(not(target_arch = "wasm32"))]
#[rustfmt::skip]
static TAB_BITS: [u64; 444] = [
    0x0000000000000000, 0x0000000000000000, 0x3ff0000000000000, 0x0000000000000000,
    0x3f7fffeaaaaeeeef, 0xbc1e45e2ec67b77c, 0x3fefffc000155552, 0x3c8f4a01a0196dae,
    0x3f8fffaaaaeeeed5, 0xbc02ab639a9f0776, 0x3fefff000155549f, 0x3c828a28a03a5ef3,
    0x3f97ff7001033255, 0x3bfefe2b51527336, 0x3feffdc006bff7e6, 0x3c8ae6dae86977bd,
    0x3f9ffeaaaeeee86f, 0xbc3cd406fb224ae2, 0x3feffc00155527d3, 0xbc83b54492d89b5b,
    0x3fa3feb2b12d45d5, 0x3c34ec54203d1c11, 0x3feff9c03414a7ba, 0x3c6991f4be6c59bf,
    0x3fa7fdc01032fba9, 0xbc4599bdf46e997a, 0x3feff7006bfdf99f, 0xbc78b3b560648d5f,
    0x3fabfc6d78586dac, 0x3c18e4fd03dbf236, 0x3feff3c0c8103a31, 0x3c74856dbddc0e66,
    0x3faffaaaeeed4edb, 0xbc42d16d32684b69, 0x3feff0015549f4d3, 0x3c8328387b99426f,
    0x3fb1fc343d808bef, 0xbc5f3d32e6f3be4f, 0x3fefebc222a8ef9f, 0x3c57934934f54c77,
    0x3fb3facb12d1755b, 0xbc5921915299468b, 0x3fefe7034129ef6f, 0xbc6cbf4337c96f97,
    0x3fb5f911fd10b737, 0xbc50184f02be9102, 0x3fefe1c4c3c873eb, 0xbc35a9c9057c4a02,
    0x3fb7f701032550e4, 0x3c3afc2d1800501a, 0x3fefdc06bf7e6b9b, 0x3c831902b535f8db,
    0x3fb9f4902d55d1f9, 0x3c52696d7eac1dc1, 0x3fefd5c94b43e000, 0xbc62e768cb4f92f9,
    0x3fbbf1b78568391d, 0x3c5e91841dea4cc8, 0x3fefcf0c800e99b1, 0x3c6ea3d786d186ac,
    0x3fbdee6f16c1cce6, 0xbc450f8e2fb71673, 0x3fefc7d078d1bc88, 0x3c8075d2447db685,
    0x3fbfeaaeee86ee36, 0xbc4afcb2bcc6f03b, 0x3fefc015527d5bd3, 0x3c8b68f35094efb8,
    0x3fc0f3378ddd71d1, 0x3c6d8468724f0f9e, 0x3fefb7db2bfe0695, 0x3c821dadf4f65ab1,
    0x3fc1f0d3d7afceaf, 0xbc66ef95099769a5, 0x3fefaf22263c4bd3, 0xbc552ace133a2769,
    0x3fc2ee285e4ab88f, 0xbc6e4d0f05dee058, 0x3fefa5ea641c36f2, 0x3c404da6ed17cc7c,
    0x3fc3eb312c5d66cb, 0x3c647d666b66cb91, 0x3fef9c340a7cc428, 0x3c8c5b6b063b7462,
    0x3fc4e7ea4dc5f27b, 0x3c5949db2ac072fc, 0x3fef91ff40374d01, 0xbc67d03f4d3a9e4c,
    0x3fc5e44fcfa126f3, 0xbc66f443063f89b6, 0x3fef874c2e1eecf6, 0xbc8c6514e1332b16,
    0x3fc6e05dc05a4d4c, 0xbbd32c5c8b81c919, 0x3fef7c1afeffde24, 0xbc78f55bc47540b1,
    0x3fc7dc102fbaf2b5, 0x3c45ab50e23c97c3, 0x3fef706bdf9ece1c, 0xbc8698c80c36dcb4,
    0x3fc8d7632efaa944, 0xbc620fa262cbb953, 0x3fef643efeb82acd, 0x3c76b00ac1fe28ac,
    0x3fc9d252d0cec312, 0x3c59c43d80b1137d, 0x3fef57948cff6797, 0x3c6e3a0d3e03b1d4,
    0x3fcaccdb297a0765, 0xbc59883b57d6cdea, 0x3fef4a6cbd1e3a79, 0x3c813df0edaebb57,
    0x3fcbc6f84edc6199, 0x3c69c1a56a7b0cab, 0x3fef3cc7c3b3d16e, 0xbc621a3ad28a3494,
    0x3fccc0a6588289a3, 0xbc6868d09bc87c6b, 0x3fef2ea5d753ffed, 0x3c8cc4215f56d583,
    0x3fcdb9e15fb5a5d0, 0xbc632e20d6cc6fc2, 0x3fef20073086649f, 0x3c7b940416c1984b,
    0x3fceb2a57f8ae5a3, 0xbc60be06af572ceb, 0x3fef10ec09c5873b, 0x3c8d9072762c1283,
    0x3fcfaaeed4f31577, 0xbc615d88508e32b8, 0x3fef01549f7deea1, 0x3c8d3c1e99e5cafd,
    0x3fd0515cbf65155c, 0xbc79b8c29dfd8ec7, 0x3feef141300d2f26, 0xbc82aa1b08ded372,
    0x3fd0cd00cef36436, 0xbc79fb0a0c93e2b4, 0x3feee0b1fbc0f11c, 0xbc4bfd2380bbc3b1,
    0x3fd14861aa94ddeb, 0xbc6be881b5b615a4, 0x3feecfa744d5efa1, 0xbc556d0a4af541d0,
    0x3fd1c37d64c6b876, 0x3c746076fe0dcff4, 0x3feebe214f76efa8, 0xbc802f9f12ba543e,
    0x3fd23e52111aaf36, 0xbc74f080334eff18, 0x3feeac2061bbaf4f, 0x3c62c1d53e94658d,
    0x3fd2b8ddc43eb49f, 0x3c61553899f2d807, 0x3fee99a4c3a7cd83, 0xbc82264b1bc53ce8,
    0x3fd3331e94049f87, 0x3c7e0cb6b40c302c, 0x3fee86aebf29a9ed, 0x3c89397afdbb58a7,
    0x3fd3ad129769d3d8, 0x3c003d550487839a, 0x3fee733ea0193d40, 0xbc86428b3546ce13,
    0x3fd426b7e69ee697, 0xbc7f09c75705c59f, 0x3fee5f54b436e9d0, 0x3c87eb0fd02fc8bc,
    0x3fd4a00c9b0f3d20, 0x3c7823ba6bb08ead, 0x3fee4af14b2a449c, 0xbc868ca02e8a6833,
    0x3fd5190ecf68a77a, 0x3c7b357155eef0f3, 0x3fee3614b680d6a5, 0xbc727793aa015237,
    0x3fd591bc9fa2f597, 0x3c67c74bac3fe0cb, 0x3fee20bf49acd6c1, 0xbc5660aec7ef636b,
    0x3fd60a1429078775, 0x3c5b1fd80ba89133, 0x3fee0af15a03dbce, 0x3c5fe8e702771ae6,
    0x3fd682138a38d7f7, 0xbc7d889202444aad, 0x3fedf4ab3ebd875e, 0xbc8e2d8a7e6736c4,
    0x3fd6f9b8e33a0255, 0x3c742bc14ee9da0d, 0x3feddded50f228d6, 0xbc6e80c8d42ba2bf,
    0x3fd7710255764214, 0xbc66ead7314bb6ce, 0x3fedc6b7eb995912, 0x3c54b364776dcd35,
    0x3fd7e7ee03c86d4e, 0xbc7b63bcdabf5af2, 0x3fedaf0b6b888e83, 0x3c8a249e2b5e5cea,
    0x3fd85e7a12826949, 0x3c78a40e9b5face0, 0x3fed96e82f71a9dc, 0x3c8ff61bd5d2039d,
    0x3fd8d4a4a774992f, 0x3c744a02ea766326, 0x3fed7e4e97e17b4a, 0xbc63b770352bed94,
    0x3fd94a6be9f546c5, 0xbc769ce13e683f58, 0x3fed653f073e4040, 0xbc876236434bec37,
    0x3fd9bfce02e80510, 0x3c709e39a320b0a4, 0x3fed4bb9e1c619e0, 0x3c8f34bb77858f61,
    0x3fda34c91cc50cca, 0xbc5a310e3b50cecd, 0x3fed31bf8d8d7c06, 0x3c7e60dd3089cbdd,
    0x3fdaa95b63a09277, 0xbc66293eb13c0381, 0x3fed1750727d94f0, 0x3c80d52b1ec1a48e,
    0x3fdb1d8305321617, 0xbc7ae242cb99f519, 0x3fecfc6cfa52ad9f, 0x3c88b5b5508f2a0d,
    0x3fdb913e30dbac43, 0xbc7e38ad2f6c3ff1, 0x3fece115909a82e5, 0x3c81f139bb31109a,
    0x3fdc048b17b140a3, 0x3c619fe6757e9fa7, 0x3fecc54aa2b2972e, 0x3c64ee162ba83a98,
    0x3fdc7767ec7fd19e, 0xbc5eb14d1a3d5826, 0x3feca90c9fc67d0b, 0xbc646a81485e3462,
    0x3fdce9d2e3d4a51f, 0xbc62fc8a12dae298, 0x3fec8c5bf8ce1a84, 0x3c7ab3d1a1590123,
    0x3fdd5bca34047661, 0x3c728a44a75fc29c, 0x3fec6f39208be53b, 0xbc8741dbfbaadb42,
    0x3fddcd4c15329c9a, 0x3c70d4c6e171fd9a, 0x3fec51a48b8b175e, 0xbc61bbb43b9aa880,
    0x3fde3e56c1582a69, 0xbc50a4821099f88f, 0x3fec339eb01ddd81, 0xbc8caaf5ee82c5c0,
    0x3fdeaee8744b05f0, 0xbc5789b43c9b027d, 0x3fec1528065b7d50, 0xbc8892111312e828,
    0x3fdf1eff6bc4f97b, 0x3c717212f8a7525c, 0x3febf641081e7536, 0x3c8b7bd71628a9a1,
    0x3fdf8e99e76abc97, 0x3c59d950af2d00a3, 0x3febd6ea310294f5, 0x3c731bbcc88c109d,
    0x3fdffdb628d2f57a, 0x3c6f4a992e905b6a, 0x3febb723fe630f32, 0x3c772bd2452d0a39,
    0x3fe0362939c69955, 0xbc82d8cd78397b01, 0x3feb96eeef58840e, 0x3c545a3cc78fade0,
    0x3fe06d3686946e5b, 0x3c83f5ae4538ff1b, 0x3feb764b84b704c2, 0xbc8f5848c21b389b,
    0x3fe0a4021e9e1001, 0xbc86f643a13914f6, 0x3feb553a410c104e, 0x3c58ff7947027a15,
    0x3fe0da8b26b5672e, 0xbc8a58def0bee909, 0x3feb33bba89c8948, 0x3c8ea6a51d1f6ca9,
    0x3fe110d0c4b69c3b, 0x3c8d918998809981, 0x3feb11d04162a4c6, 0x3c71dd561efbc0c2,
    0x3fe146d21f8b7f82, 0x3c7bf9535e2739a8, 0x3feaef78930bd275, 0xbc7f836279746f94,
    0x3fe17c8e5f2eedb0, 0x3c635e57102e2488, 0x3feaccb526f69de5, 0x3c88fb6a8dd6b6cc,
    0x3fe1b204acb02fdd, 0xbc5f190c70cbb5fe, 0x3feaa98688308913, 0xbc0b83d607cd5072,
    0x3fe1e7343236574c, 0x3c722a3fa4f41d5a, 0x3fea85ed4373e02d, 0x3c69be06385ec792,
    0x3fe21c1c1b0394cf, 0x3c5e5b324b23aa31, 0x3fea61e9e72586af, 0x3c858330e2fd453f,
    0x3fe250bb93788bbb, 0x3c7ea3d02457bcce, 0x3fea3d7d0352bdcf, 0xbc868dbaeca19669,
    0x3fe28511c917a067, 0xbc801df1d9a16b70, 0x3fea18a729aee445, 0x3c395e25736c0357,
    0x3fe2b91dea88421e, 0xbc8fa371db216ab0, 0x3fe9f368ed912f85, 0xbc81d200c5791606,
    0x3fe2ecdf279a3082, 0x3c8d3557e0e7e37e, 0x3fe9cdc2e3f25e5c, 0x3c83f99112993f62,
    0x3fe32054b148bc4f, 0x3c8f6b42095a135b, 0x3fe9a7b5a36a6514, 0x3c8722cfcc9fa7a9,
    0x3fe3537db9be0367, 0x3c6b327e7af040f0, 0x3fe98141c42e1310, 0x3c8d1ff80488f08d,
    0x3fe386597456282b, 0xbc710fada93b07a8, 0x3fe95a67e00cb1fd, 0xbc80befda21f862d,
    0x3fe3b8e715a2840a, 0xbc797653a7d2f07a, 0x3fe93328926d9e92, 0xbc8bb77003600cda,
    0x3fe3eb25d36cd53a, 0xbc5be570e1570fc0, 0x3fe90b84784ddaf7, 0xbc70feb10ab93b87,
    0x3fe41d14e4ba6790, 0x3c84608fd287ecf5, 0x3fe8e37c303d9ad1, 0xbc6463a4b53d4bf8,
    0x3fe44eb381cf386b, 0xbc83ed6c1e6a5505, 0x3fe8bb105a5dc900, 0x3c8863e03e9474c1,
    0x3fe48000e431159f, 0xbc8b194a7463ed10, 0x3fe89241985d871f, 0x3c8c48d9c413ed84,
    0x3fe4b0fc46aab761, 0x3c20da05738cc59c, 0x3fe869108d77a6c6, 0x3c7338ffe2bfe9dd,
    0x3fe4e1a4e54ed51b, 0xbc8a492f89b7c76a, 0x3fe83f7dde701ca0, 0xbc4152cf609bc6e8,
    0x3fe511f9fd7b351c, 0xbc85c0e861c48831, 0x3fe8158a31916d5d, 0xbc6de8b90b8228de,
    0x3fe541facddbb724, 0x3c7232c28520d391, 0x3fe7eb362eaa1488, 0x3c5a1d65a4a5959f,
    0x3fe571a6966d59b3, 0x3c5c843b4d0fb197, 0x3fe7c0827f09e54f, 0xbc6c73d6d72aee68,
    0x3fe5a0fc98813a12, 0xbc8d82e2b7d4227b, 0x3fe7956fcd7f6543, 0xbc8ab276e9d45ae4,
    0x3fe5cffc16bf8f0d, 0x3c896cb370eb578a, 0x3fe769fec655211f, 0xbc6827d5cf8c68c5,
    0x3fe5fea4552a9e57, 0x3c80b6cef7ee20b7, 0x3fe73e30174efba1, 0xbc65d3ae3d94ad5f,
    0x3fe62cf49921ac79, 0xbc8edd9855b6241a, 0x3fe712046fa77678, 0x3c8425b0a5029c81,
    0x3fe65aec2963e755, 0x3c8126f96b71053c, 0x3fe6e57c800cf55e, 0x3c860286dedbd0a6,
    0x3fe6888a4e134b2f, 0xbc86b7d37644d5e6, 0x3fe6b898fa9efb5d, 0x3c715ac786ccf4b2,
    0x3fe6b5ce50b7821a, 0xbc65d5158f702e0f, 0x3fe68b5a92eb6253, 0xbc89a91ad985f89c,
    0x3fe6e2b77c40bde1, 0xbc70e729857fad53, 0x3fe65dc1fdeb8cba, 0xbc597c1b47337c77,
    0x3fe70f451d0a8c40, 0x3c697ede3885770d, 0x3fe62fcff20191c7, 0x3c6d9143895756ef,
    0x3fe73b7680dea578, 0xbc72248306dc12a2, 0x3fe6018526f563df, 0x3c846ca5e0e432d0,
    0x3fe7674af6f7b524, 0x3c7e9d3f94ac84a8, 0x3fe5d2e255f1f17a, 0x3c80314104c8892b,
    0x3fe792c1d0041d52, 0xbc8abf05eeb354eb, 0x3fe5a3e839824077, 0x3c8428aa2759be62,
    0x3fe7bdda5e28b3c2, 0x3c4ad1197ccd0392, 0x3fe574978d8e83f2, 0x3c8f4714af282d23,
    0x3fe7e893f5037959, 0x3c80eefbaa650c4c, 0x3fe544f10f592ca5, 0xbc8e7ae8e6c7a62f,
    0x3fe812ede9ae4ba4, 0xbc87830adf402dda, 0x3fe514f57d7bf3da, 0x3c747a108073c259,
    0x3fe83ce792c1906e, 0xbc7f3899682b4a7d, 0x3fe4e4a597e4e10e, 0x3c7ccd992849f6c8,
];

#[cfg(not(target_arch = "wasm32"))]
fn tab(j: usize) -> (f64, f64, f64, f64) {
    let t = &TAB_BITS[j..j + 4];
    (f64::from_bits(t[0]), f64::from_bits(t[1]), f64::from_bits(t[2]), f64::from_bits(t[3]))
}

/// Zero until [`set_table`] (zero-initialised memory: no data bytes in the module).
#[cfg(target_arch = "wasm32")]
static TAB: [std::sync::atomic::AtomicU64; 444] = [const { std::sync::atomic::AtomicU64::new(0) }; 444];

/// Installs the table (444 doubles) in WASM; the native build has it built in.
pub fn set_table(t: &[f64]) {
    #[cfg(target_arch = "wasm32")]
    for (slot, v) in TAB.iter().zip(t) {
        slot.store(v.to_bits(), std::sync::atomic::Ordering::Relaxed);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = t;
}

/// Whether the table is there ([`set_table`]; cos(0) = 1 is never zero).
pub fn has_table() -> bool {
    #[cfg(target_arch = "wasm32")]
    return TAB[2].load(std::sync::atomic::Ordering::Relaxed) != 0;
    #[cfg(not(target_arch = "wasm32"))]
    true
}

#[cfg(target_arch = "wasm32")]
fn tab(j: usize) -> (f64, f64, f64, f64) {
    use std::sync::atomic::Ordering::Relaxed;
    let t = &TAB[j..j + 4];
    (
        f64::from_bits(t[0].load(Relaxed)),
        f64::from_bits(t[1].load(Relaxed)),
        f64::from_bits(t[2].load(Relaxed)),
        f64::from_bits(t[3].load(Relaxed)),
    )
}

const fn bits(hi: u32, lo: u32) -> f64 {
    f64::from_bits(((hi as u64) << 32) | lo as u64)
}

const SPLITTER: f64 = 134217729.0; // 2**27 + 1
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

/// Dekker's split of `a` into a high half and the rest.
#[inline(always)]
fn split(a: f64) -> (f64, f64) {
    let t = SPLITTER * a;
    let h = t - (t - a);
    (h, a - h)
}

/// `a * b + c` rounded once, as an FMA instruction does (`_libm.mjs::fmaD`).
#[inline(never)]
fn fma_d(a: f64, b: f64, c: f64) -> f64 {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    let pe = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
    let s = p + c;
    let bb = s - p;
    s + (((p - (s - bb)) + (c - bb)) + pe)
}

/// Whether `r + e` rounds to `r` for every `e` within `err +- bound`.
#[inline(always)]
fn sure(r: f64, err: f64, bound: f64) -> bool {
    r + (err + bound) == r && r + (err - bound) == r
}

#[inline(never)]
fn do_cos(x: f64, mut dx: f64) -> f64 {
    if x < 0.0 {
        dx = -dx;
    }
    let ax = x.abs();
    let k = (BIG + ax) - BIG;
    let x = ax - k + dx;
    let j = (k * 512.0) as usize;
    let xx = x * x;
    let s = x * xx * (SN3 + xx * SN5) + x;
    let c = xx * (CS2 + xx * (CS4 + xx * CS6));
    let (sn, ssn, cs, ccs) = tab(j);
    let t = (ccs - s * ssn) - cs * c;
    let u = -sn * s + t;
    let r = cs + u;
    if sure(r, u - (r - cs), 4.440892098500626e-16 * (s.abs() + u.abs()) + 1e-30) {
        return r;
    }
    cs + fma_d(-sn, s, t)
}

#[inline(never)]
fn do_sin(x: f64, mut dx: f64) -> f64 {
    if x.abs() < 0.126 {
        let xx = x * x;
        let poly = (((S5 * xx + S4) * xx + S3) * xx + S2) * xx + S1;
        let g = poly * x - 0.5 * dx;
        let gx = g * xx;
        let h = gx + dx;
        let r = x + h;
        if sure(r, h - (r - x), 8.881784197001252e-16 * (gx.abs() + h.abs()) + 1e-30) {
            return r;
        }
        return x + fma_d(fma_d(poly, x, -0.5 * dx), xx, dx);
    }
    let neg = x < 0.0;
    if x <= 0.0 {
        dx = -dx;
    }
    let ax = x.abs();
    let k = (BIG + ax) - BIG;
    let x = ax - k;
    let j = (k * 512.0) as usize;
    let xx = x * x;
    let s = x + (x * xx * (SN3 + xx * SN5) + dx);
    let c = x * dx + xx * (CS2 + xx * (CS4 + xx * CS6));
    let (sn, ssn, cs, ccs) = tab(j);
    let t = s * ccs + ssn;
    let u = cs * s + (-sn * c + t);
    let mut r = sn + u;
    if !sure(r, u - (r - sn), 4.440892098500626e-16 * (s.abs() + u.abs()) + 1e-30) {
        r = sn + fma_d(cs, s, fma_d(-sn, c, t));
    }
    if neg {
        -r
    } else {
        r
    }
}

/// `x - n pi/2` as `(a, da)` and `n mod 4`, with `n` from the product rounded once.
#[inline(never)]
fn reduce_sc(x: f64) -> (f64, f64, i64) {
    let p = x * HPINV;
    let mut xn = (p + TOINT) - TOINT;
    let d = p - xn;
    if d.abs() > 0.4999999 {
        let (xh, xl) = split(x);
        let (hph, hpl) = split(HPINV);
        let pe = ((xh * hph - p) + xh * hpl + xl * hph) + xl * hpl;
        let e = d + pe;
        if e > 0.5 || (e == 0.5 && xn % 2.0 != 0.0) {
            xn += 1.0;
        } else if e < -0.5 || (e == -0.5 && xn % 2.0 != 0.0) {
            xn -= 1.0;
        }
    }
    let (a, da) = reduce_with(x, xn);
    (a, da, (xn as i64) & 3)
}

#[inline(always)]
fn reduce_with(x: f64, xn: f64) -> (f64, f64) {
    let y = (x - xn * MP1) - xn * MP2;
    let mut t1 = xn * PP3;
    let t2 = y - t1;
    let mut db = (y - t2) - t1;
    t1 = xn * PP4;
    let b = t2 - t1;
    db += (t2 - b) - t1;
    (b, db)
}

/// sin x (`cosine` 0) or cos x (`cosine` 1); `None` for the JS side's arguments.
#[inline(always)]
fn trig(x: f64, cosine: i64) -> Option<f64> {
    let ax = x.abs();
    let (a, da, q);
    if ax < LIM1 {
        if ax < if cosine != 0 { COS_TINY } else { SIN_TINY } {
            return Some(if cosine != 0 { 1.0 } else { x });
        }
        (a, da, q) = (x, 0.0, cosine);
    } else if ax < LIM2 {
        if cosine != 0 {
            let y = HP0 - ax;
            let a0 = y + HP1;
            (a, da, q) = (a0, (y - a0) + HP1, 0);
        } else {
            (a, da, q) = (HP0 - ax, HP1, if x < 0.0 { 3 } else { 1 });
        }
    } else if ax < LIM3 {
        let p = x * HPINV;
        let xn = (p + TOINT) - TOINT;
        let (a0, da0, q0) = if (p - xn).abs() > 0.4999999 {
            reduce_sc(x)
        } else {
            let (b, db) = reduce_with(x, xn);
            (b, db, (xn as i64) & 3)
        };
        (a, da, q) = (a0, da0, (q0 + cosine) & 3);
    } else {
        return None;
    }
    let r = if q & 1 != 0 {
        let d = if a < 0.0 { -da } else { da };
        let aa = a.abs();
        let k = (BIG + aa) - BIG;
        let z = aa - k + d;
        let j = (k * 512.0) as usize;
        let zz = z * z;
        let s = z * zz * (SN3 + zz * SN5) + z;
        let c = zz * (CS2 + zz * (CS4 + zz * CS6));
        let (sn, ssn, cs, ccs) = tab(j);
        let u = -sn * s + ((ccs - s * ssn) - cs * c);
        let r = cs + u;
        if sure(r, u - (r - cs), 4.440892098500626e-16 * (s.abs() + u.abs()) + 1e-30) {
            r
        } else {
            do_cos(a, da)
        }
    } else if a.abs() < 0.126 {
        let zz = a * a;
        let poly = (((S5 * zz + S4) * zz + S3) * zz + S2) * zz + S1;
        let gx = (poly * a - 0.5 * da) * zz;
        let h = gx + da;
        let r = a + h;
        if sure(r, h - (r - a), 8.881784197001252e-16 * (gx.abs() + h.abs()) + 1e-30) {
            r
        } else {
            do_sin(a, da)
        }
    } else {
        let d = if a <= 0.0 { -da } else { da };
        let aa = a.abs();
        let k = (BIG + aa) - BIG;
        let z = aa - k;
        let j = (k * 512.0) as usize;
        let zz = z * z;
        let s = z + (z * zz * (SN3 + zz * SN5) + d);
        let c = z * d + zz * (CS2 + zz * (CS4 + zz * CS6));
        let (sn, ssn, cs, ccs) = tab(j);
        let u = cs * s + (-sn * c + (s * ccs + ssn));
        let r = sn + u;
        if !sure(r, u - (r - sn), 4.440892098500626e-16 * (s.abs() + u.abs()) + 1e-30) {
            do_sin(a, da)
        } else if a < 0.0 {
            -r
        } else {
            r
        }
    };
    Some(if q & 2 != 0 { -r } else { r })
}

/// `x[i] = sin(x[i])` (`cosine` false) or `cos(x[i])` in place, except for arguments of
/// magnitude 105414350 and above, infinities and NaN, which stay unchanged; returns how many
/// stayed.
pub fn sin_cos_in_place(x: &mut [f64], cosine: bool) -> usize {
    let c = cosine as i64;
    let mut left = 0;
    #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
    let x = {
        let k = simd::consts(cosine);
        let mut pairs = x.chunks_exact_mut(2);
        for pair in &mut pairs {
            // SAFETY: a pair is two f64s; v128 loads and stores need no alignment in wasm.
            let v = unsafe { core::arch::wasm32::v128_load(pair.as_ptr() as *const core::arch::wasm32::v128) };
            match simd::trig2(v, cosine, &k) {
                Some(r) => unsafe {
                    core::arch::wasm32::v128_store(pair.as_mut_ptr() as *mut core::arch::wasm32::v128, r)
                },
                None => {
                    for v in pair.iter_mut() {
                        match trig(*v, c) {
                            Some(r) => *v = r,
                            None => left += 1,
                        }
                    }
                }
            }
        }
        pairs.into_remainder()
    };
    for v in x.iter_mut() {
        match trig(*v, c) {
            Some(r) => *v = r,
            None => left += 1,
        }
    }
    left
}

/// `trig` on two arguments at once (f64x2 lanes, no branches per element: random quadrants
/// made the scalar loop mispredict): the three argument ranges, the sine and cosine
/// evaluations all computed, the right ones selected, the same operations in the same order
/// as the scalar code so the bits are the same. `None` (the caller then runs `trig` on each)
/// for tiny, huge or non-finite arguments and reductions near a half-integer; a lane whose
/// rounding test asks for the emulated FMA alone goes on with the scalar `do_sin`/`do_cos`.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd {
    use super::*;
    use core::arch::wasm32::*;

    /// The splatted constants, loaded from memory once per call (`black_box`): V8 rebuilds a
    /// `v128.const` with three instructions at every use.
    pub struct Consts {
        pub zero: v128,
        pub small: v128,
        pub quarter: v128,
        pub near_half: v128,
        pub half: v128,
        pub one: v128,
        pub e30: v128,
        pub two: v128,
        pub three: v128,
        pub four: v128,
        pub ulp: v128,
        pub f512: v128,
        pub ulp2: v128,
        pub big: v128,
        pub cs2: v128,
        pub cs4: v128,
        pub cs6: v128,
        pub hp0: v128,
        pub hp1: v128,
        pub hpinv: v128,
        pub lim1: v128,
        pub lim2: v128,
        pub lim3: v128,
        pub mp1: v128,
        pub mp2: v128,
        pub pp3: v128,
        pub pp4: v128,
        pub s1: v128,
        pub s2: v128,
        pub s3: v128,
        pub s4: v128,
        pub s5: v128,
        pub sn3: v128,
        pub sn5: v128,
        pub toint: v128,
        pub c: v128,
        pub tiny: v128,
        pub sign: v128,
    }

    pub fn consts(cosine: bool) -> Consts {
        let c = if cosine { 1.0 } else { 0.0 };
        let tiny = if cosine { COS_TINY } else { SIN_TINY };
        core::hint::black_box(Consts {
            zero: f64x2_splat(0.0),
            small: f64x2_splat(0.126),
            quarter: f64x2_splat(0.25),
            near_half: f64x2_splat(0.4999999),
            half: f64x2_splat(0.5),
            one: f64x2_splat(1.0),
            e30: f64x2_splat(1e-30),
            two: f64x2_splat(2.0),
            three: f64x2_splat(3.0),
            four: f64x2_splat(4.0),
            ulp: f64x2_splat(4.440892098500626e-16),
            f512: f64x2_splat(512.0),
            ulp2: f64x2_splat(8.881784197001252e-16),
            big: f64x2_splat(BIG),
            cs2: f64x2_splat(CS2),
            cs4: f64x2_splat(CS4),
            cs6: f64x2_splat(CS6),
            hp0: f64x2_splat(HP0),
            hp1: f64x2_splat(HP1),
            hpinv: f64x2_splat(HPINV),
            lim1: f64x2_splat(LIM1),
            lim2: f64x2_splat(LIM2),
            lim3: f64x2_splat(LIM3),
            mp1: f64x2_splat(MP1),
            mp2: f64x2_splat(MP2),
            pp3: f64x2_splat(PP3),
            pp4: f64x2_splat(PP4),
            s1: f64x2_splat(S1),
            s2: f64x2_splat(S2),
            s3: f64x2_splat(S3),
            s4: f64x2_splat(S4),
            s5: f64x2_splat(S5),
            sn3: f64x2_splat(SN3),
            sn5: f64x2_splat(SN5),
            toint: f64x2_splat(TOINT),
            c: f64x2_splat(c),
            tiny: f64x2_splat(tiny),
            sign: f64x2_splat(-0.0),
        })
    }

    #[inline(always)]
    fn sel(m: v128, a: v128, b: v128) -> v128 {
        v128_bitselect(a, b, m)
    }

    /// Table entries `j` and `j + 1` (`j + 4 <= 444`: |a| < 0.86, checked) as one vector.
    #[inline(always)]
    fn pair(j: usize) -> v128 {
        let t = &TAB[j..j + 2];
        // SAFETY: two adjacent u64 cells (bounds checked above); wasm loads need no alignment.
        unsafe { v128_load(t.as_ptr() as *const v128) }
    }

    #[inline(always)]
    fn sure2(r: v128, err: v128, bound: v128) -> v128 {
        v128_and(f64x2_eq(f64x2_add(r, f64x2_add(err, bound)), r), f64x2_eq(f64x2_add(r, f64x2_sub(err, bound)), r))
    }

    #[inline(always)]
    pub fn trig2(x: v128, cosine: bool, kc: &Consts) -> Option<v128> {
        let ax = f64x2_abs(x);
        // NaN fails both comparisons.
        if !i64x2_all_true(v128_and(f64x2_ge(ax, kc.tiny), f64x2_lt(ax, kc.lim3))) {
            return None;
        }
        let m1 = f64x2_lt(ax, kc.lim1);
        if i64x2_all_true(m1) {
            // Both below 0.855: no reduction and a fixed quadrant, so the scalar code's
            // branches predict well, and it is faster there.
            return None;
        }
        let m2 = f64x2_lt(ax, kc.lim2);
        // Reduction by pi/2 (lanes of the two small ranges compute harmless finite garbage).
        let p = f64x2_mul(x, kc.hpinv);
        let xn = f64x2_sub(f64x2_add(p, kc.toint), kc.toint);
        if v128_any_true(v128_andnot(f64x2_gt(f64x2_abs(f64x2_sub(p, xn)), kc.near_half), m2)) {
            return None;
        }
        let y = f64x2_sub(f64x2_sub(x, f64x2_mul(xn, kc.mp1)), f64x2_mul(xn, kc.mp2));
        let t1 = f64x2_mul(xn, kc.pp3);
        let t2 = f64x2_sub(y, t1);
        let db = f64x2_sub(f64x2_sub(y, t2), t1);
        let t1 = f64x2_mul(xn, kc.pp4);
        let b = f64x2_sub(t2, t1);
        let db = f64x2_add(db, f64x2_sub(f64x2_sub(t2, b), t1));
        // n mod 4 (exact: xn is an integer, xn / 4 exact), plus 1 for the cosine.
        let q3 = f64x2_add(f64x2_sub(xn, f64x2_mul(kc.four, f64x2_floor(f64x2_mul(xn, kc.quarter)))), kc.c);
        let q3 = sel(f64x2_ge(q3, kc.four), f64x2_sub(q3, kc.four), q3);
        // pi/2 - |x| for the middle range.
        let (a2, da2, q2) = if cosine {
            let y = f64x2_sub(kc.hp0, ax);
            let a = f64x2_add(y, kc.hp1);
            (a, f64x2_add(f64x2_sub(y, a), kc.hp1), kc.zero)
        } else {
            (f64x2_sub(kc.hp0, ax), kc.hp1, sel(f64x2_lt(x, kc.zero), kc.three, kc.one))
        };
        let a = sel(m1, x, sel(m2, a2, b));
        let da = sel(m1, kc.zero, sel(m2, da2, db));
        let q = sel(m1, kc.c, sel(m2, q2, q3));
        let odd = v128_or(f64x2_eq(q, kc.one), f64x2_eq(q, kc.three));
        let negq = f64x2_ge(q, kc.two);

        let aa = f64x2_abs(a);
        let k = f64x2_sub(f64x2_add(kc.big, aa), kc.big);
        let jf = f64x2_mul(k, kc.f512);
        let small = f64x2_lt(aa, kc.small);
        let even = v128_not(odd);
        let tiny_even = v128_and(even, small);

        // One evaluation for the cosine (odd quadrants) and the sine of |a| >= 0.126 (even)
        // lanes: the scalar code's two sums are one expression with per-lane operands, since
        // x + y == y + x, x - y == x + (-y), (-x) * y == -(x * y) and x + 0.0 == x (x not -0,
        // as none is here) hold exactly. With B the table's sin (sine) or cos (cosine) at k, O
        // the other, L the low parts, and O', L'o negated for the cosine:
        //   cosine: s = T + z, z = w + d; c = C;        u = -O s + ((BL - s OL) - B c)
        //   sine:   s = z + (T + d), z = w; c = z d + C; u = O s + (-B c + (s OL + BL))
        //   both:   s = z + (T + ds), c = z ds + C, u = O' s + ((BL + s OL') - B c)
        // (w = |a| - k, T = z zz (SN3 + zz SN5), C = zz (CS2 + ...), ds = 0 for the cosine,
        // z = w + 0 for the sine), then r = B + u and the same rounding test.
        let (r, ok) = if !i64x2_all_true(tiny_even) {
            // The cosine's d takes its sign from a < 0, the sine's from a <= 0 (a = -0 differs).
            let negd = sel(odd, f64x2_lt(a, kc.zero), f64x2_le(a, kc.zero));
            let d = sel(negd, f64x2_neg(da), da);
            let dz = v128_and(d, odd);
            let ds = v128_andnot(d, odd);
            // Table rows (sin, sin low, cos, cos low) as pairs: (B, BL) and (O, OL) per lane.
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
            let u = f64x2_add(f64x2_mul(o, s), f64x2_sub(f64x2_add(bl, f64x2_mul(s, ol)), f64x2_mul(bb, cpoly)));
            let r = f64x2_add(bb, u);
            let ok = sure2(
                r,
                f64x2_sub(u, f64x2_sub(r, bb)),
                f64x2_add(f64x2_mul(kc.ulp, f64x2_add(f64x2_abs(s), f64x2_abs(u))), kc.e30),
            );
            // The sine of a negative a is the negated sine of |a|.
            (sel(v128_and(even, f64x2_lt(a, kc.zero)), f64x2_neg(r), r), ok)
        } else {
            (kc.zero, kc.zero)
        };
        let (r, ok) = if v128_any_true(tiny_even) {
            // Sine evaluation, |a| < 0.126.
            let zz = f64x2_mul(a, a);
            let poly = f64x2_add(f64x2_mul(kc.s5, zz), kc.s4);
            let poly = f64x2_add(f64x2_mul(poly, zz), kc.s3);
            let poly = f64x2_add(f64x2_mul(poly, zz), kc.s2);
            let poly = f64x2_add(f64x2_mul(poly, zz), kc.s1);
            let gx = f64x2_mul(f64x2_sub(f64x2_mul(poly, a), f64x2_mul(kc.half, da)), zz);
            let h = f64x2_add(gx, da);
            let rt = f64x2_add(a, h);
            let okt = sure2(
                rt,
                f64x2_sub(h, f64x2_sub(rt, a)),
                f64x2_add(f64x2_mul(kc.ulp2, f64x2_add(f64x2_abs(gx), f64x2_abs(h))), kc.e30),
            );
            (sel(tiny_even, rt, r), sel(tiny_even, okt, ok))
        } else {
            (r, ok)
        };
        let mut res = sel(negq, f64x2_neg(r), r);
        if !i64x2_all_true(ok) {
            // A lane whose rounding test failed takes the scalar code's next step (`trig`
            // would reach the same test with the same reduced argument).
            if i64x2_extract_lane::<0>(ok) == 0 {
                let v = precise(i64x2_extract_lane::<0>(odd), f64x2_extract_lane::<0>(a), f64x2_extract_lane::<0>(da));
                res = f64x2_replace_lane::<0>(res, if i64x2_extract_lane::<0>(negq) != 0 { -v } else { v });
            }
            if i64x2_extract_lane::<1>(ok) == 0 {
                let v = precise(i64x2_extract_lane::<1>(odd), f64x2_extract_lane::<1>(a), f64x2_extract_lane::<1>(da));
                res = f64x2_replace_lane::<1>(res, if i64x2_extract_lane::<1>(negq) != 0 { -v } else { v });
            }
        }
        Some(res)
    }

    /// `do_cos` (odd quadrant) or `do_sin` of the reduced argument `a + da`.
    #[inline(never)]
    fn precise(odd: i64, a: f64, da: f64) -> f64 {
        if odd != 0 {
            do_cos(a, da)
        } else {
            do_sin(a, da)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // CPython's math.sin/math.cos (glibc) digits.
        let mut v = [0.5, 1.0, 2.0, 3.0, 10.0, 1e4, -7.25, 1e-9, 1e9, f64::NAN];
        let left = sin_cos_in_place(&mut v, false);
        assert_eq!(left, 2);
        assert_eq!(v[0], 0.479425538604203);
        assert_eq!(v[1], 0.8414709848078965);
        assert_eq!(v[2], 0.9092974268256817);
        assert_eq!(v[3], 0.1411200080598672);
        assert_eq!(v[4], -0.5440211108893698);
        assert_eq!(v[5], -0.30561438888825215);
        assert_eq!(v[6], -0.8230808790115055);
        assert_eq!(v[7], 1e-9);
        assert_eq!(v[8], 1e9);
        let mut c = [0.5, 1.0, 2.0, 3.0, 10.0, 1e4, -7.25, 1e-9];
        assert_eq!(sin_cos_in_place(&mut c, true), 0);
        assert_eq!(c[0], 0.8775825618903728);
        assert_eq!(c[1], 0.5403023058681398);
        assert_eq!(c[2], -0.4161468365471424);
        assert_eq!(c[3], -0.9899924966004454);
        assert_eq!(c[4], -0.8390715290764524);
        assert_eq!(c[5], -0.9521553682590148);
        assert_eq!(c[6], 0.5679241732886948);
        assert_eq!(c[7], 1.0);
    }
}
