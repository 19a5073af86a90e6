//! A deterministic generator of realistic articles, for benchmarks and property tests:
//! varied persons, posts, institutions, regions, instruments, events and quotes, and a lot
//! of plain text that mentions none of them. The same (seed, index) always gives the same
//! article, so corpora of any size need not be shipped.

use crate::lexicon::{Lexicon, RegionKind};

/// A small, fast, deterministic generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const FIRST: &[&str] = &[
    "Agus",
    "Budi",
    "Dedi",
    "Eko",
    "Fajar",
    "Gunawan",
    "Hendra",
    "Iwan",
    "Joko",
    "Kurniawan",
    "Lukman",
    "Muhammad",
    "Nurdin",
    "Rahmat",
    "Slamet",
    "Taufik",
    "Wahyu",
    "Yusuf",
    "Zainal",
    "Andi",
    "Ratna",
    "Siti",
    "Dewi",
    "Sri",
    "Lestari",
    "Maulida",
    "Nurul",
    "Rina",
    "Wulan",
    "Yuliana",
    "Hasanuddin",
    "Arif",
    "Bambang",
    "Darmawan",
];
const LAST: &[&str] = &[
    "Saputra",
    "Wibowo",
    "Santoso",
    "Hidayat",
    "Kusuma",
    "Pratama",
    "Setiawan",
    "Siregar",
    "Nasution",
    "Harahap",
    "Lubis",
    "Simanjuntak",
    "Sitompul",
    "Rahman",
    "Hakim",
    "Effendi",
    "Marzuki",
    "Wijaya",
    "Sukmana",
    "Permana",
    "Baso",
    "Lallo",
    "Tanjung",
    "Daulay",
    "Pohan",
    "Purba",
    "Susanti",
    "Anggraini",
    "Handayani",
    "Rahmawati",
];
const PREFIX: &[&str] = &[
    "", "", "", "H. ", "Ir. ", "Dr. ", "Drs. ", "Hj. ", "Ir. H. ",
];
const SUFFIX: &[&str] = &[
    "",
    "",
    ", S.Sos",
    ", M.Si",
    " SH MH",
    ", S.E., M.M.",
    ", M.AP",
    " SKM",
    ", S.T., M.T.",
];
const BODIES: &[&str] = &[
    "BKPSDM",
    "BKD",
    "BKPP",
    "Bappeda",
    "Inspektorat",
    "Dinas Pendidikan",
    "Dinas Kesehatan",
];
const VENUES: &[&str] = &[
    "Aula",
    "Pendopo",
    "Ruang Rapat",
    "Gedung Serbaguna",
    "Balai",
];
const DAYS: &[&str] = &["Senin", "Selasa", "Rabu", "Kamis", "Jumat"];
const MONTHS: &[&str] = &[
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const FILLER: &[&str] = &[
    "Cuaca cerah menyelimuti kawasan perkantoran sejak pagi hari dan arus lalu lintas terpantau lancar.",
    "Sejumlah warga tampak antre di loket pelayanan untuk mengurus berbagai keperluan administrasi.",
    "Para pedagang di sekitar lokasi mengaku omzet mereka meningkat seiring ramainya kunjungan.",
    "Kegiatan serupa rutin digelar setiap tahun dan selalu mendapat perhatian dari masyarakat setempat.",
    "Menurut catatan panitia, persiapan acara sudah berlangsung sejak beberapa pekan sebelumnya.",
    "Suasana haru terasa ketika sejumlah keluarga ikut mendampingi kerabat mereka hingga acara selesai.",
    "Di luar gedung, petugas kebersihan bekerja ekstra menjaga area parkir tetap rapi dan nyaman.",
    "Program pelayanan publik berbasis digital terus dikembangkan agar warga tidak perlu datang langsung.",
    "Beberapa kepala sekolah juga terlihat hadir dan berbincang santai sebelum kegiatan dimulai.",
    "Harga kebutuhan pokok di pasar tradisional relatif stabil menjelang akhir bulan ini.",
];
const QUOTES: &[&str] = &[
    "Jabatan ini amanah yang harus dijalankan dengan penuh tanggung jawab",
    "Kami ingin pelayanan kepada masyarakat semakin cepat dan tidak berbelit",
    "Netralitas ASN adalah harga mati dan tidak bisa ditawar",
    "Semua proses sudah melalui tahapan yang diatur dalam ketentuan",
    "Saya minta pejabat yang baru dilantik segera bekerja dan tidak menunggu perintah",
];
const SPEECH: &[&str] = &["tegas", "ujar", "kata", "jelas", "ungkap"];
const ENCLITIC: &[&str] = &["tegasnya", "ujarnya", "pungkasnya", "jelasnya"];

fn person(rng: &mut Rng) -> (String, String) {
    let first = *rng.pick(FIRST);
    let last = *rng.pick(LAST);
    let written = format!("{}{first} {last}{}", rng.pick(PREFIX), rng.pick(SUFFIX));
    (format!("{first} {last}"), written)
}

/// One generated article: (identifier, text). `filler` is the number of plain sentences.
pub fn article(lex: &Lexicon, seed: u64, index: usize, filler: usize) -> (String, String) {
    let mut rng = Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(index as u64));
    let regions: Vec<usize> = (0..lex.regions.len())
        .filter(|&i| lex.regions[i].kind == RegionKind::Kabupaten && !lex.regions[i].ambiguous)
        .collect();
    let region = &lex.regions[*rng.pick(&regions)];
    let name = &region.name;
    let (head, head_written) = person(&mut rng);
    let (_, kepala_written) = person(&mut rng);
    let body = *rng.pick(BODIES);
    let year = 2020 + rng.below(6);
    let month = rng.below(12);
    let day = 1 + rng.below(28);
    let count = 10 + rng.below(300);
    let letter = 1000 + rng.below(9000);
    let pertek = 10000 + rng.below(89999);
    let venue = format!(
        "{} {}",
        rng.pick(VENUES),
        if rng.chance(50) {
            format!("Pemkab {name}")
        } else {
            format!("Kantor Bupati {name}")
        }
    );
    let mut t = String::with_capacity(3200);
    let (kind, verb) = *rng.pick(&[
        ("Pelantikan", "melantik"),
        ("Mutasi", "melantik"),
        ("Rotasi", "mengukuhkan"),
    ]);
    t.push_str(&format!("{kind} Pejabat di Lingkungan Pemkab {name}\n\n"));
    t.push_str(&format!(
        "{}, SUARADAERAH.ID - {}Bupati {name}, {head_written}, {verb} {count} pejabat administrator dan pengawas di {venue}, {} ({day}/{}/{year}).\n\n",
        name.to_uppercase(),
        if rng.chance(40) { "Pj " } else { "" },
        rng.pick(DAYS),
        month + 1
    ));
    for _ in 0..filler / 2 {
        t.push_str(rng.pick::<&str>(FILLER));
        t.push(' ');
    }
    t.push_str("\n\n");
    t.push_str(&format!(
        "{kind} ini dilakukan setelah Pemkab {name} mengantongi persetujuan Kemendagri melalui surat Nomor 100.2.2.6/{letter}/OTDA tanggal {} {} {year} serta pertimbangan teknis BKN nomor {pertek}/R-AK.02.02/SD/K/{year}.\n\n",
        1 + rng.below(28),
        MONTHS[month.saturating_sub(1)]
    ));
    t.push_str(&format!(
        "\"{}. {}\", {} {}.\n\n",
        rng.pick(QUOTES),
        rng.pick(QUOTES),
        rng.pick(SPEECH),
        head.split(' ').next().unwrap_or(&head)
    ));
    t.push_str(&format!(
        "BACA JUGA: {} Lantik {} Kepala Sekolah di {name}\n\n",
        rng.pick(FIRST),
        5 + rng.below(40)
    ));
    t.push_str(&format!(
        "Kepala {body} Kabupaten {name}, {kepala_written}, menjelaskan seluruh pejabat telah melalui uji kompetensi sesuai UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.\n\n"
    ));
    t.push_str(&format!(
        "\"{}\", {}.\n\n",
        rng.pick(QUOTES),
        rng.pick(ENCLITIC)
    ));
    for _ in 0..filler - filler / 2 {
        t.push_str(rng.pick::<&str>(FILLER));
        t.push(' ');
    }
    t.push_str(&format!(
        "\n\nPenulis: {} | Editor: {}\n",
        person(&mut rng).0,
        person(&mut rng).0
    ));
    (format!("gen-{seed}-{index:07}"), t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_varied() {
        let lex = Lexicon::builtin().unwrap();
        let a = article(&lex, 7, 3, 10);
        assert_eq!(a, article(&lex, 7, 3, 10));
        assert_ne!(a.1, article(&lex, 7, 4, 10).1);
        assert_ne!(a.1, article(&lex, 8, 3, 10).1);
        assert!(a.1.len() > 1500, "{}", a.1.len());
    }
}
