//! Extraction on the project's own test articles (tests/articles), one hard pattern each.

use asnkg::article::{Article, SuppliedMeta};
use asnkg::extract::{DateValue, Extraction};
use asnkg::lexicon::{EventKind, Lexicon};
use asnkg::pipeline::{Config, analyse};
use asnkg::rdf::Iris;
use std::collections::BTreeSet;
use std::sync::OnceLock;

fn config() -> &'static Config {
    static CFG: OnceLock<Config> = OnceLock::new();
    CFG.get_or_init(|| Config {
        lex: Lexicon::builtin().expect("lexicons load"),
        iris: Iris::default(),
    })
}

fn extract(name: &str) -> Extraction {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/articles")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("test article exists");
    let article = Article {
        id: name.trim_end_matches(".txt").into(),
        source: path.display().to_string(),
        text,
        supplied: SuppliedMeta::default(),
    };
    analyse(&article, config()).1
}

fn persons(x: &Extraction) -> Vec<&str> {
    let mut v: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    v.sort();
    v
}

fn holdings(x: &Extraction) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = x
        .holdings
        .iter()
        .map(|h| {
            (
                x.persons[h.person].name.clone(),
                x.posts[h.post].label.clone(),
            )
        })
        .collect();
    v.sort();
    v
}

/// Each law as "concept numbers year issuers", sorted.
fn laws(x: &Extraction) -> Vec<String> {
    let mut v: Vec<String> = x
        .laws
        .iter()
        .map(|l| {
            format!(
                "{} {} {:?} {}",
                l.concept,
                l.numbers.join("+"),
                l.year,
                l.issuers.join("+")
            )
        })
        .collect();
    v.sort();
    v
}

/// Asserts that each (person, post label) pair is among the holdings `h`.
fn assert_holds(h: &[(String, String)], expected: &[(&str, &str)]) {
    for (who, post) in expected {
        assert!(
            h.iter().any(|(p, l)| p == who && l == post),
            "{who} as {post} missing from {h:?}"
        );
    }
}

/// The name of the person who officiates event `e`, if any.
fn officiant<'a>(x: &'a Extraction, e: &asnkg::extract::Event) -> Option<&'a str> {
    e.officiant.map(|p| x.persons[p].name.as_str())
}

/// Asserts that each of `expected` is among the persons' `names`.
fn assert_named(names: &[&str], expected: &[&str]) {
    for who in expected {
        assert!(names.contains(who), "{who} missing from {names:?}");
    }
}

/// Asserts that no person's name contains any of `parts` (words wrongly read as names).
fn assert_no_name_with(names: &[&str], parts: &[&str]) {
    for part in parts {
        assert!(
            !names.iter().any(|n| n.contains(part)),
            "{part} read as (part of) a name in {names:?}"
        );
    }
}

fn person<'a>(x: &'a Extraction, name: &str) -> &'a asnkg::extract::Person {
    match x.persons.iter().find(|p| p.name == name) {
        Some(p) => p,
        None => panic!("no person {name:?} in {:?}", persons(x)),
    }
}

fn speaker(x: &Extraction, starts: &str) -> Option<String> {
    let q = x.quotes.iter().find(|q| q.text.starts_with(starts))?;
    q.speaker.map(|s| x.persons[s].name.clone())
}

/// Asserts that the quotation starting with `starts` is attributed to `who`.
fn assert_speaker(x: &Extraction, starts: &str, who: &str) {
    assert_eq!(speaker(x, starts).as_deref(), Some(who), "{:?}", x.quotes);
}

/// Asserts that a quotation starting with `starts` was read and given no speaker.
fn assert_unattributed(x: &Extraction, starts: &str) {
    assert!(
        x.quotes
            .iter()
            .any(|q| q.text.starts_with(starts) && q.speaker.is_none()),
        "{:?}",
        x.quotes
    );
}

#[test]
fn names_with_degrees_on_both_sides_and_enclitic_speakers() {
    let x = extract("gelar-dan-enklitik.txt");
    assert_eq!(
        persons(&x),
        [
            "Marlina Sari",
            "Rina Oktavia",
            "Rudi Hartawan",
            "Yusuf Hamdani"
        ]
    );
    let rudi = person(&x, "Rudi Hartawan");
    assert_eq!(rudi.prefixes, ["Dr.", "Ir.", "H."]);
    assert_eq!(rudi.suffixes, ["M.Si."]);
    assert!(
        rudi.short_forms.contains("Rudi"),
        "short form resolved to the full name"
    );
    let marlina = person(&x, "Marlina Sari");
    assert_eq!(
        (marlina.prefixes.as_slice(), marlina.suffixes.as_slice()),
        (
            &["Hj.".to_string()][..],
            &["S.Sos.".to_string(), "M.AP.".to_string()][..]
        )
    );
    // "tegasnya" points back to Rudi; "tegas dia" to Marlina, the last person named.
    assert_speaker(&x, "Jabatan ini titipan", "Rudi Hartawan");
    assert_speaker(&x, "Semua proses sudah", "Marlina Sari");
    assert_speaker(&x, "Kami tidak menerima", "Marlina Sari");
    assert_eq!(
        holdings(&x),
        [
            (
                "Marlina Sari".into(),
                "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sambas"
                    .into()
            ),
            ("Rudi Hartawan".into(), "Penjabat Bupati Sambas".into()),
        ]
    );
    assert_eq!(x.authors.len(), 1);
    assert_eq!(x.persons[x.editors[0]].name, "Rina Oktavia");
    assert_eq!(x.meta.dateline.as_deref(), Some("SAMBAS"));
    let e = &x.events[0];
    assert_eq!(e.participants, Some(27));
    assert_eq!(
        e.date,
        Some(DateValue::Full {
            year: 2024,
            month: 10,
            day: 8
        })
    );
    assert_eq!(officiant(&x, e), Some("Rudi Hartawan"));
    assert_eq!(
        e.location.map(|p| x.places[p].name.as_str()),
        Some("Aula Kantor Bupati Sambas")
    );
}

#[test]
fn joint_decree_keeps_every_number_and_issuer_and_short_forms_are_read() {
    let x = extract("skb-dan-bentuk-pendek.txt");
    let skb = x
        .laws
        .iter()
        .find(|l| l.concept == "KeputusanBersama")
        .expect("the joint decree");
    assert_eq!(
        skb.numbers,
        ["2", "800-5474", "246", "30", "1447.1/PM.01/K.1/09/2022"]
    );
    assert_eq!(skb.year, Some(2022));
    assert_eq!(
        skb.date,
        Some(DateValue::Full {
            year: 2022,
            month: 9,
            day: 22
        })
    );
    let mut issuers = skb.issuers.clone();
    issuers.sort();
    assert_eq!(
        issuers,
        ["bawaslu", "bkn", "kasn", "kemendagri", "kemenpan-rb"]
    );
    let uu5 = x
        .laws
        .iter()
        .find(|l| l.numbers == ["5"])
        .expect("UU No. 5/2014");
    assert_eq!(
        (uu5.concept.as_str(), uu5.year, uu5.title.as_deref()),
        ("UndangUndang", Some(2014), Some("Aparatur Sipil Negara"))
    );
    let uu20 = x
        .laws
        .iter()
        .find(|l| l.numbers == ["20"])
        .expect("UU 20/2023");
    assert_eq!(
        (uu20.concept.as_str(), uu20.year),
        ("UndangUndang", Some(2023))
    );
    let pp = x
        .laws
        .iter()
        .find(|l| l.numbers == ["94"])
        .expect("PP 94 Tahun 2021, written without Nomor");
    assert_eq!(
        (pp.concept.as_str(), pp.year, pp.title.as_deref()),
        (
            "PeraturanPemerintah",
            Some(2021),
            Some("Disiplin Pegawai Negeri Sipil")
        )
    );
    assert_eq!(x.laws.len(), 4);
    let rakor = &x.events[0];
    assert!(rakor.kinds.contains(&EventKind::CoordinationMeeting));
    assert_eq!(
        officiant(&x, rakor),
        Some("Kosmas Lana"),
        "opened by the Sekda"
    );
    assert_eq!(
        rakor
            .basis
            .iter()
            .map(|&b| x.laws[b].concept.as_str())
            .collect::<Vec<_>>(),
        ["KeputusanBersama"]
    );
}

#[test]
fn two_events_with_their_own_dates_and_a_day_month_date() {
    let x = extract("dua-peristiwa.txt");
    assert_eq!(x.events.len(), 2, "{:#?}", x.events);
    let inauguration = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Inauguration))
        .unwrap();
    let socialization = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Socialization))
        .unwrap();
    // "Jumat (4/10)": the year comes from the article's other dates.
    assert_eq!(
        inauguration.date,
        Some(DateValue::Full {
            year: 2024,
            month: 10,
            day: 4
        })
    );
    assert_eq!(
        socialization.date,
        Some(DateValue::Full {
            year: 2024,
            month: 10,
            day: 2
        })
    );
    assert_eq!(
        (inauguration.participants, socialization.participants),
        (Some(52), Some(120))
    );
    assert_eq!(officiant(&x, inauguration), Some("Kustini Purnomo"));
    assert_eq!(
        inauguration.basis.len(),
        1,
        "the Kemendagri approval letter"
    );
    assert!(socialization.basis.is_empty());
    assert_eq!(
        socialization.organizer.as_deref(),
        Some("bkpsdm-kabupaten-sleman")
    );
    assert_eq!(x.meta.published.as_deref(), Some("2024-10-09"));
}

#[test]
fn deadlines_and_periods_do_not_date_the_event() {
    let x = extract("tenggat-mutasi.txt");
    // The lead's "mutasi" and the inauguration are one happening, on the day it happened;
    // "telah lewat 22 Maret", "paling lambat 30 Juni" and "hingga 17 Mei" are not its date.
    assert_eq!(x.events.len(), 1, "{:#?}", x.events);
    let e = &x.events[0];
    assert!(e.kinds.contains(&EventKind::Inauguration), "{:?}", e.kinds);
    assert_eq!(
        e.date,
        Some(DateValue::Full {
            year: 2024,
            month: 5,
            day: 6
        })
    );
    assert_eq!(e.participants, Some(34));
    assert_eq!(officiant(&x, e), Some("Hendra Wiratama"));
}

#[test]
fn a_title_in_lower_case_and_a_clause_after_a_title_are_not_facts() {
    let x = extract("plt-umum-dan-judul.txt");
    // "menurut Rina, Plt bupati dalam ketentuannya dilarang ...": any acting regent, not Rina.
    assert_eq!(
        holdings(&x),
        [(
            "Rina Marlina".to_string(),
            "Kepala Badan Kepegawaian Daerah Kabupaten Garut".to_string()
        )]
    );
    // The title ends where the clause "dimana Penjabat ... dilarang" begins.
    let pp49 = x
        .laws
        .iter()
        .find(|l| l.numbers == ["49"])
        .expect("PP 49 Tahun 2008");
    assert_eq!(
        pp49.title.as_deref(),
        Some("Perubahan Ketiga atas PP 6 Tahun 2005 tentang Pemilihan Kepala Daerah")
    );
}

#[test]
fn one_person_holding_two_posts() {
    let x = extract("dua-jabatan.txt");
    assert_eq!(
        holdings(&x),
        [
            (
                "Nurdin Yana".into(),
                "Ketua Panitia Seleksi Kabupaten Garut".into()
            ),
            ("Nurdin Yana".into(), "Sekretaris Daerah Garut".into()),
        ]
    );
    assert_speaker(&x, "Tidak ada titipan", "Nurdin Yana");
    assert!(x.events[0].kinds.contains(&EventKind::Selection));
    assert_eq!(x.events[0].participants, Some(31), "31 pelamar");
}

#[test]
fn traps_yield_nothing_false() {
    let x = extract("jebakan.txt");
    // Headline in capitals, related-headline lines, a street named after a person,
    // negated and hypothetical events: no persons, no laws, no events.
    assert!(x.persons.is_empty(), "{:?}", persons(&x));
    assert!(x.laws.is_empty(), "{:?}", x.laws);
    assert!(x.events.is_empty(), "{:?}", x.events);
    assert!(x.quotes.is_empty());
    let orgs: Vec<&str> = x.orgs.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(orgs, ["Pemerintah Kabupaten Bantul"]);
    assert_eq!(
        x.regions.len(),
        1,
        "only Bantul; Gunungkidul is in a related-headline line"
    );
}

#[test]
fn venues_field_lists_idioms_and_name_pairs_are_not_persons_and_staff_titles_are_whole() {
    let x = extract("bukan-nama.txt");
    let names = persons(&x);
    for not_a_person in ["Pantai Hulu", "Politik", "Terus", "Sujarwo-Hermanto"] {
        assert!(
            !names.contains(&not_a_person),
            "{not_a_person:?} taken as a person: {names:?}"
        );
    }
    assert_eq!(
        holdings(&x),
        [
            (
                "Agustinus Lani".into(),
                "Ketua Badan Pengawas Pemilihan Umum Kabupaten Sintang".into()
            ),
            ("Dadi Sunarya".into(), "Bupati Melawi".into()),
            ("Malin Akbar".into(), "Wakil Bupati Melawi".into()),
            ("Markus Liban".into(), "Bupati Sintang".into()),
            ("Petrus Ambun".into(), "Asisten Bupati Sintang".into()),
            (
                "Robertus Ukur".into(),
                "Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Sintang".into()
            ),
            (
                "Rosalia Ningsih".into(),
                "Pelaksana Tugas Kepala Dinas Pendidikan Kabupaten Sintang".into()
            ),
            ("Yosef Darmadi".into(), "Staf Ahli Bupati Sintang".into()),
        ]
    );
    assert_speaker(&x, "Terus terang", "Markus Liban");
    // "tegasnya" points back to the subject, not to the person listed after "yaitu".
    assert_speaker(&x, "Kami masih memeriksa", "Agustinus Lani");
    // "PAN" inside "(PAN-RB)" is no party.
    let orgs: Vec<&str> = x.orgs.iter().map(|o| o.name.as_str()).collect();
    assert!(
        !orgs.contains(&"Partai Amanat Nasional") && orgs.iter().any(|o| o.contains("Reformasi")),
        "{orgs:?}"
    );
}

#[test]
fn bodies_without_a_region_take_the_province_an_article_is_about_not_a_region_named_in_passing() {
    let x = extract("lingkup-provinsi.txt");
    let distan = x
        .orgs
        .iter()
        .find(|o| o.name.starts_with("Dinas Pertanian"))
        .expect("Dinas Pertanian");
    let region = distan.region.map(|r| config().lex.regions[r].name.as_str());
    assert_eq!(region, Some("Kalimantan Barat"), "{}", distan.name);
    assert!(
        x.orgs.iter().all(|o| !o.name.contains("Sanggau")),
        "a kabupaten named once scopes nothing: {:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
}

#[test]
fn holders_named_before_after_a_passive_verb_in_lists_and_past_a_province() {
    let x = extract("urutan-lain.txt");
    let h = holdings(&x);
    let holds = |who: &str, post: &str| h.iter().any(|(p, l)| p == who && l.starts_with(post));
    // Titles as written may go on ("... Kabupaten X"): a prefix of the label is enough.
    for (who, post) in [
        ("Yusran Malik", "Kepala Dinas Perhubungan"),
        ("Yusran Malik", "Penjabat Sementara Bupati Halmahera Timur"),
        (
            "Rahmat Sangaji",
            "Penjabat Sementara Bupati Halmahera Tengah",
        ),
        ("Nurlela Tomagola", "Bupati Pulau Morotai"),
        ("Hamid Tuanaya", "Penjabat Bupati Halmahera Selatan"),
        ("Saiful Bahri", "Penjabat Bupati Kepulauan Sula"),
        ("Abdullah Kadir", "Penjabat Bupati Halmahera Barat"),
        (
            "Jafar Hamisi",
            "Kepala Dinas Pendidikan Kabupaten Halmahera Timur",
        ),
        ("Basri Lamato", "Gubernur Maluku Utara"),
        // A list running name-title: each title goes to the name before it.
        ("Dodi Setiawan", "Camat Wasile"),
        ("Joko Susilo", "Camat Maba"),
        ("Puguh Santoso", "Camat Bicoli"),
        ("Rina Wahyuni", "Camat Dodaga"),
    ] {
        assert!(holds(who, post), "{who} as {post} missing from {h:?}");
    }
    assert_eq!(h.len(), 13, "{h:?}");
}

#[test]
fn a_count_after_a_qualifier_and_no_founding_statute_as_basis() {
    let x = extract("sanksi-dan-pembentukan.txt");
    assert_eq!(x.events.len(), 1, "{:?}", x.events);
    let e = &x.events[0];
    assert!(e.kinds.contains(&EventKind::Sanction));
    assert_eq!(e.participants, Some(21));
    let basis: Vec<&[String]> = e
        .basis
        .iter()
        .map(|&l| x.laws[l].numbers.as_slice())
        .collect();
    assert_eq!(
        basis,
        [&["94".to_string()][..]],
        "the founding statute is background"
    );
}

#[test]
fn call_names_truncated_names_and_a_swapped_letter_are_the_same_person() {
    let x = extract("ejaan-lain.txt");
    // "Hari" opens a name ("Hari Prasetyo") though "Hari ini" names nobody; a middle
    // initial without its dot stays in the name.
    assert_eq!(
        persons(&x),
        [
            "Hari Prasetyo",
            "Sumastro Hadiwijoyo",
            "Tjhai Chui Mie",
            "Yohanes B Santoso"
        ]
    );
    let sumastro = person(&x, "Sumastro Hadiwijoyo");
    assert!(
        sumastro.short_forms.contains("Sumas")
            && sumastro.short_forms.contains("Sumastro Hadwiijoyo"),
        "{:?}",
        sumastro.short_forms
    );
    assert_speaker(&x, "Jabatan ini amanah", "Sumastro Hadiwijoyo");
    // "yang akrab disapa Aciu": a call name of the person just named.
    assert_speaker(&x, "Pejabat harus siap", "Tjhai Chui Mie");
}

#[test]
fn a_short_form_in_brackets_other_link_verbs_and_a_brand_after_the_dateline() {
    let x = extract("kurung-dan-jadi.txt");
    assert_eq!(
        (x.meta.dateline.as_deref(), x.meta.publisher.as_deref()),
        (Some("JAKARTA"), Some("Kabar Nusa"))
    );
    assert_eq!(
        holdings(&x),
        [
            ("Hadi Santoso".into(), "Wali Kota Padang".into()),
            (
                "Rina Marlina".into(),
                "Kepala Dinas Sosial Kota Padang".into()
            ),
            ("Sulaiman Hadi".into(), "Penjabat Gubernur Jambi".into()),
            ("Wahyu Prasetya".into(), "Menteri Dalam Negeri".into()),
        ]
    );
    assert_speaker(&x, "Jaga netralitas", "Wahyu Prasetya");
    let e = &x.events[0];
    assert_eq!(
        e.basis
            .iter()
            .map(|&l| x.laws[l].numbers.clone())
            .collect::<Vec<_>>(),
        [["50/P".to_string()]],
        "'berlandaskan' states the basis"
    );
    // "se-kabupaten" is no degree and makes no person.
    assert_eq!(x.persons.len(), 4, "{:?}", persons(&x));
}

#[test]
fn name_lists_known_bodies_misspelt_secretary_titles_and_the_governor_of_a_regency_article() {
    let x = extract("daftar-dan-singkatan.txt");
    // Every name of a list opened by a person-lead word.
    for who in ["Sitti Aminah", "Muh Ridwan", "Anshar", "Nurul Hikmah"] {
        person(&x, who);
    }
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            // A governor in an article about a regency: the regency's province.
            ("Andi Mappatoba", "Gubernur Sulawesi Selatan"),
            // "Sekretaris Kabupaten" is the regency's Sekda; "Kasubid" a Kepala Subbidang.
            ("Andi Baso Ramli", "Sekretaris Daerah Sinjai"),
            (
                "Hendra Wijaya",
                "Kepala Subbidang Mutasi Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sinjai",
            ),
        ],
    );
    // A known body's acronym after a misspelt name is that body: one organization.
    let bkpsdm: Vec<&str> = x
        .orgs
        .iter()
        .filter(|o| o.alt_names.contains("BKPSDM"))
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(
        bkpsdm,
        ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sinjai"]
    );
    // A body that exists only per province is the regency's province's.
    assert!(
        x.orgs
            .iter()
            .any(|o| o.name == "Kejaksaan Tinggi Provinsi Sulawesi Selatan"),
        "{:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
    // Who led the selection did not lead the rotation.
    let rotation = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Rotation))
        .expect("the rotation");
    assert_ne!(officiant(&x, rotation), Some("Andi Baso Ramli"));
}

#[test]
fn bureau_short_forms_a_body_before_its_government_local_short_forms_and_past_posts() {
    let x = extract("biro-dan-pemprov.txt");
    let h = holdings(&x);
    assert_eq!(
        h,
        [
            (
                "Hamdan Pakaya".to_string(),
                "Gubernur Gorontalo".to_string()
            ),
            // "Kepala Biro (Karo) Umum Setda ..., kini dijabat oleh X"; his earlier post
            // ("Sebelumnya X menjabat ...") is not held now.
            (
                "Ridwan Olii".to_string(),
                "Kepala Biro Umum Sekretariat Daerah Provinsi Gorontalo".to_string()
            ),
            // "Kepala Bidang Mutasi BKD Pemprov Gorontalo X": the body is the province's.
            (
                "Yusuf Tangahu".to_string(),
                "Kepala Bidang Mutasi Badan Kepegawaian Daerah Provinsi Gorontalo".to_string()
            ),
        ]
    );
    // "Umum" names the bureau, not a person; a leading initial without its dot opens a
    // name ("M Fajar Hidayat").
    assert_eq!(
        persons(&x),
        [
            "Hamdan Pakaya",
            "M Fajar Hidayat",
            "Ridwan Olii",
            "Yusuf Tangahu"
        ]
    );
    // "dari Kominfo" after "Dinas Kominfo Gorontalo" is that office, not the ministry.
    assert!(
        x.orgs.iter().all(|o| !o.name.starts_with("Kementerian")),
        "{:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
}

#[test]
fn a_body_opening_the_sentence_is_the_subject_of_its_act_not_a_person_named_after_it() {
    let x = extract("badan-sebagai-subjek.txt");
    let sanction = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Sanction))
        .expect("the dismissal");
    assert_eq!(sanction.participants, Some(2));
    assert_eq!(
        officiant(&x, sanction),
        None,
        "the minister only gave the instruction"
    );
    // The minister is still read, with his post.
    assert!(
        holdings(&x)
            .iter()
            .any(|(p, l)| p == "Harun Wicaksono" && l == "Menteri Dalam Negeri")
    );
}

#[test]
fn posts_in_brackets_after_names_list_items_spellings_and_words_that_are_no_names() {
    let x = extract("peserta-dan-ejaan.txt");
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            // "Name (Post)" in a list; a rank number after the title.
            ("Taufik Hidayat", "Kepala Dinas Pendidikan Kabupaten Sambas"),
            (
                "Yusran Effendi",
                "Asisten 2 Sekretariat Daerah Kabupaten Sambas",
            ),
            // "X kembali menjabat ...".
            ("Syamsul Bahri", "Kepala Dinas Kesehatan Kabupaten Sambas"),
            // "Herlina menjabat Staf Ahli dan Agus Salim menjabat ...": the next item is no unit.
            ("Herlina", "Staf Ahli"),
            // "Pemerintahan" is a word of bodies' names: the unit's, not a stop.
            (
                "Agus Salim",
                "Asisten I Pemerintahan Sekretariat Daerah Kabupaten Sambas",
            ),
        ],
    );
    assert!(
        !h.iter().any(|(p, l)| p == "Herlina" && l != "Staf Ahli"),
        "{h:?}"
    );
    // "Bidang" and a headline's "Akan" name nobody; a doubled letter is the same person.
    assert_eq!(
        persons(&x),
        [
            "Agus Salim",
            "Darmawan Saleh",
            "Herlina",
            "Marlina Sari",
            "Nurhadi Rahmatullah",
            "Rosita",
            "Syamsul Bahri",
            "Taufik Hidayat",
            "Yusran Effendi"
        ]
    );
    // "tuturnya" after a list of participants: the speaker before the list.
    assert_speaker(&x, "Hasil seleksi", "Nurhadi Rahmatullah");
    // "Rumah Dinas Bupati" is a residence, not a body.
    assert!(
        x.orgs.iter().all(|o| !o.name.contains("Dinas Bupati")),
        "{:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
}

#[test]
fn who_carries_an_event_out_and_a_name_that_takes_its_own_post_after_a_comma() {
    let x = extract("dilakukan-oleh.txt");
    // "Pelantikan dilakukan oleh Penjabat Bupati X, Y": Y officiates.
    let inauguration = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Inauguration))
        .expect("the inauguration");
    assert_eq!(officiant(&x, inauguration), Some("Yohanes Ateng"));
    // "belum dilakukan Pemkab X": no organizer of an event not carried out.
    assert!(x.events.iter().all(|e| e.organizer.is_none()));
    let h = holdings(&x);
    assert_eq!(
        h.iter()
            .filter(|(p, _)| p != "Yohanes Ateng")
            .cloned()
            .collect::<Vec<_>>(),
        [
            // "X akan didefinitifkan menjadi ...": a passive verb before "menjadi".
            (
                "Frans Leonardus".to_string(),
                "Kepala Dinas Energi dan Sumber Daya Mineral Kabupaten Bengkayang".to_string()
            ),
            // "..., Y dilantik menjadi Z": Y's post is Z, not the one before the comma.
            (
                "Petrus Jumani".to_string(),
                "Asisten Perekonomian dan Pembangunan Sekretariat Daerah Kabupaten Bengkayang"
                    .to_string()
            ),
        ]
    );
    // A body with a two-word short form, from the lexicon.
    assert!(
        x.orgs
            .iter()
            .any(|o| o.name == "Badan Pertimbangan Aparatur Sipil Negara"),
        "{:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
}

#[test]
fn elected_pairs_deputies_bracketed_call_names_and_a_yearly_decree_number() {
    let x = extract("pasangan-terpilih.txt");
    // "Name dan Name (Region)" pairs; "Terpilih" and "(Pum)" name nobody; "(Bumanto)" is
    // what the president is called.
    assert_eq!(
        persons(&x),
        [
            "Ahmad Fauzi",
            "Antonius Tarigan",
            "Bayu Saputra",
            "Budiman Santoso",
            "Dedi Kurnia",
            "Hasan Basri",
            "Markus Lumban",
            "Rahmat Hidayat",
            "Yuliana Putri"
        ]
    );
    assert!(
        person(&x, "Budiman Santoso")
            .short_forms
            .contains("Bumanto")
    );
    assert_speaker(&x, "Para gubernur harus", "Budiman Santoso");
    // "Gubernur X, A dan wakilnya B": B is the deputy governor.
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            ("Ahmad Fauzi", "Wakil Gubernur Jambi"),
            ("Yuliana Putri", "Wakil Gubernur Bengkulu"),
        ],
    );
    // "21/P" numbers a presidential decree of every year: two years, two instruments.
    let decrees: BTreeSet<String> = x
        .laws
        .iter()
        .map(|l| asnkg::rdf::law_key(l, &config().lex))
        .collect();
    assert_eq!(
        decrees,
        BTreeSet::from([
            "kep-pemerintah-ri-21-p-2024".to_string(),
            "kep-pemerintah-ri-21-p-2025".to_string()
        ])
    );
}

#[test]
fn the_weekday_date_the_cited_article_and_guests_listed_after_a_named_guest() {
    let x = extract("tamu-dan-tanggal.txt");
    // "hasil seleksi terbuka 12 Maret lalu, di ..., Senin (14/4/2025)": the Monday.
    let inauguration = x
        .events
        .iter()
        .find(|e| e.participants == Some(35))
        .expect("the inauguration of 35");
    assert_eq!(
        inauguration.date.map(|d| d.lexical()).as_deref(),
        Some("2025-04-14")
    );
    // "tentang Pilkada Pasal 162 yang ...": the title ends before the article cited.
    assert_eq!(
        x.laws
            .iter()
            .map(|l| l.title.as_deref())
            .collect::<Vec<_>>(),
        [Some("Pilkada")]
    );
    // "dihadiri Wakil Wali Kota A, Sekda, Kapolres ...": A is not the Sekda.
    assert_eq!(
        holdings(&x)
            .into_iter()
            .filter(|(p, _)| p == "Rina Oktavia")
            .map(|(_, l)| l)
            .collect::<Vec<_>>(),
        ["Wakil Wali Kota Pariaman"]
    );
    // "BKPSDM X terus melakukan sosialisasi": an adverb between the body and its verb.
    let socialization = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Socialization))
        .expect("the socialization");
    assert_eq!(
        socialization.organizer.as_deref(),
        Some("bkpsdm-kota-pariaman")
    );
}

#[test]
fn posts_that_change_hands_relative_clauses_and_who_a_reported_speech_is_about() {
    let x = extract("jabatan-berganti.txt");
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            // "X yang sebelumnya menjabat A kini menjadi B": B.
            (
                "Bambang Irawan",
                "Asisten Administrasi Umum Sekretariat Daerah Kabupaten Magetan",
            ),
            (
                "Agus Prasetyo",
                "Asisten Perekonomian dan Pembangunan Sekretariat Daerah Kabupaten Magetan",
            ),
            // "jabatan A yang sebelumnya dipegang X, kini diserahkan kepada Y": Y.
            (
                "Hendra Kurniawan",
                "Kepala Satuan Polisi Pamong Praja Kabupaten Magetan",
            ),
        ],
    );
    // "Kepala Bakesbangpol sebelumnya, X definitif sebagai ...": the marker dates the old post.
    assert!(
        h.iter()
            .any(|(p, l)| p == "Rudi Hartanto" && l.starts_with("Sekretaris DPRD"))
    );
    // The posts left are not held; "Tujuh" names nobody; "Joko Santoso, Bupati juga ..." is
    // no apposition.
    assert!(
        !h.iter()
            .any(|(p, _)| matches!(p.as_str(), "Joko Santoso" | "Tujuh")),
        "{h:?}"
    );
    assert!(
        !h.iter()
            .any(|(_, l)| l.contains("Perhubungan") || l.contains("Kominfo")),
        "the posts left are past posts: {h:?}"
    );
    // "Sri Wahyuni mengatakan, ... Kepala BKD, Tri Handoko, ...": "katanya" is Sri Wahyuni.
    assert_speaker(&x, "Ini hanya untuk", "Sri Wahyuni");
}

#[test]
fn moves_from_one_post_to_another_give_each_mover_the_post_taken() {
    let x = extract("camat-bergeser.txt");
    let h = holdings(&x);
    let moves = [
        ("Wawan Setiadi", "Camat Cibeber"),
        ("Rahmat Hidayat", "Camat Sukamaju"),
        ("Eko Prasetyo Wibowo", "Camat Pagerwangi"),
        ("Danu Saputra", "Camat Pasirjaya"),
        ("Fajar Nugraha", "Camat Cipeundeuy"),
        ("Gilang Ramadhan", "Camat Tanjungsari"),
        ("Yusuf Maulana", "Kepala Dinas Pendidikan Kabupaten Cianjur"),
    ];
    assert_holds(&h, &moves);
    // Each mover holds the post taken and nothing else: not the post left, and not the
    // post that ends the item before ("menjadi Camat Cibeber, Rahmat Hidayat digeser ...").
    for (who, post) in moves {
        let held: Vec<&String> = h.iter().filter(|(p, _)| p == who).map(|(_, l)| l).collect();
        assert_eq!(held, [post], "{who}: {h:?}");
    }
}

#[test]
fn an_edict_issued_by_a_minister_named_in_brackets_and_a_body_scoped_by_its_later_acronym() {
    let x = extract("edaran-dan-singkatan.txt");
    // "Menteri Dalam Negeri (Mendagri) mengeluarkan surat edaran bernomor ...": issued by
    // the ministry.
    let se = x
        .laws
        .iter()
        .find(|l| l.numbers.iter().any(|n| n == "180/5521/SJ"))
        .expect("the edict is read");
    assert_eq!(se.issuers, ["kemendagri"], "{se:?}");
    // "Badan ... (BKPA)", then "Kepala BKPA Tabanan": the body is Tabanan's.
    assert_holds(
        &holdings(&x),
        &[(
            "I Made Suarjana",
            "Kepala Badan Kepegawaian dan Pengembangan Aparatur Kabupaten Tabanan",
        )],
    );
    assert!(
        !x.orgs
            .iter()
            .any(|o| o.name == "Badan Kepegawaian dan Pengembangan Aparatur"),
        "no unscoped copy of the body: {:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
    // "Wayan Sudarta (WS)": a name followed by its initials is a person; "Operasi Tangkap
    // Tangan (OTT)" is a term defined by its words' initials.
    let names = persons(&x);
    assert_named(&names, &["Wayan Sudarta", "Komang Ariani"]);
    assert_no_name_with(&names, &["Operasi"]);
}

#[test]
fn paired_titles_and_names_ranks_before_a_name_and_titles_in_street_names() {
    let x = extract("pasangan-dan-pangkat.txt");
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            // "Bupati dan Wakil Bupati Temanggung, A dan B": in order.
            ("Slamet Riyadi", "Bupati Temanggung"),
            ("Heri Kusnadi", "Wakil Bupati Temanggung"),
            // "Bupati-Wakil Bupati Jepara A-B".
            ("Agus Salim", "Bupati Jepara"),
            ("Dwi Lestari", "Wakil Bupati Jepara"),
        ],
    );
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Slamet Riyadi" && l.starts_with("Wakil")),
        "{h:?}"
    );
    // "Komjen Pol. (Purn) Yohanes Marpaung": a rank, then the name.
    let y = person(&x, "Yohanes Marpaung");
    assert!(y.prefixes.iter().any(|p| p.starts_with("Komjen")), "{y:?}");
    let names = persons(&x);
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Komjen") || n.contains("Bina") || *n == "Budiono"),
        "{names:?}"
    );
    // "Kadis PU Bina Marga ... Hendro Susilo": "Bina Marga" is part of the unit.
    assert_holds(&h, &[("Hendro Susilo", "Penjabat Bupati Kudus")]);
    // "Jalan Gubernur Budiono" is a street: nobody holds a post there.
    assert!(!h.iter().any(|(p, _)| p == "Budiono"), "{h:?}");
}

#[test]
fn short_forms_in_brackets_extended_bodies_past_posts_and_call_names() {
    let x = extract("nomenklatur-dan-sapaan.txt");
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            // "Menteri ... (Menpan RB), X,", "Kepala ... (BKP-SDM), X,": a short form of
            // several words or with a hyphen between the title and the name.
            (
                "Hartanto Wibisono",
                "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            ),
            (
                "Dewi Kartikasari",
                "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Blitar",
            ),
            // "X sebelumnya menjabat A kini menjabat B", "X sebelumnya menjabat sebagai A
            // dipindah sebagai B": the post taken, not the one left.
            (
                "Suyitno",
                "Kepala Badan Perencanaan Pembangunan, Penelitian, dan Pengembangan Daerah Kota Blitar",
            ),
            (
                "Bambang Triyono",
                "Kepala Dinas Ketahanan Pangan dan Pertanian Kota Blitar",
            ),
        ],
    );
    for (who, left) in [
        ("Suyitno", "Pekerjaan Umum"),
        ("Bambang Triyono", "Dinas Sosial"),
    ] {
        assert!(
            !h.iter().any(|(p, l)| p == who && l.contains(left)),
            "{who} still holds the post left: {h:?}"
        );
    }
    // "Menteri Pendayagunaan Aparatur Negara Reformasi dan Birokrasi serta ...": the rest of
    // the ministry's name is nobody's name.
    let names = persons(&x);
    assert!(!names.contains(&"Reformasi"), "{names:?}");
    // "kata Ani, sapaan akrabnya": the mayor's call name, not another person.
    assert!(!names.contains(&"Ani"), "{names:?}");
    assert_speaker(&x, "DKPP kami perkuat", "Rahmi Andriani");
    assert!(person(&x, "Rahmi Andriani").short_forms.contains("Ani"));
    // "Dinas Ketahanan Pangan dan Pertanian (DKPP)": the article's own body, not the known
    // "Dinas Ketahanan Pangan" nor the election ethics council the lexicon calls DKPP.
    let orgs: Vec<&str> = x.orgs.iter().map(|o| o.name.as_str()).collect();
    let dkpp = x
        .orgs
        .iter()
        .find(|o| o.alt_names.contains("DKPP"))
        .expect("DKPP is an organization");
    assert_eq!(
        dkpp.name,
        "Dinas Ketahanan Pangan dan Pertanian Kota Blitar"
    );
    assert!(
        !orgs.iter().any(|o| o.starts_with("Dewan Kehormatan")),
        "{orgs:?}"
    );
    assert!(
        !orgs.contains(&"Dinas Ketahanan Pangan Kota Blitar"),
        "{orgs:?}"
    );
    // "Dinas Kebudayaan, Pariwisata, Kepemudaan, dan Olahraga": one merged body, not the
    // known "Dinas Kebudayaan"; "Kepala Dinas Sosial, Agus Salim, dan Kepala ...": no list
    // of fields.
    assert_holds(
        &h,
        &[
            (
                "Sri Wahyuni",
                "Kepala Dinas Kebudayaan, Pariwisata, Kepemudaan, dan Olahraga Kota Blitar",
            ),
            ("Agus Salim", "Kepala Dinas Sosial Kota Blitar"),
            ("Nanik Suryani", "Kepala Dinas Pendidikan Kota Blitar"),
        ],
    );
    assert!(!orgs.contains(&"Dinas Kebudayaan Kota Blitar"), "{orgs:?}");
    // "X dari Kepala A dan Plt Kepala B menjadi Kepala C": both posts left, C taken.
    let joko: Vec<&String> = h
        .iter()
        .filter(|(p, _)| p == "Joko Purnomo")
        .map(|(_, l)| l)
        .collect();
    assert_eq!(joko, ["Kepala Dinas Kesehatan Kota Blitar"], "{h:?}");
    // "X sebagai Camat A kini menjadi Kepala Dinas B": A is the post left.
    let hadi: Vec<&String> = h
        .iter()
        .filter(|(p, _)| p == "Hadi Prayitno")
        .map(|(_, l)| l)
        .collect();
    assert_eq!(hadi, ["Kepala Dinas Perikanan Kota Blitar"], "{h:?}");
    // A sentence's opening "Dan" is no part of the name after it.
    assert_holds(
        &h,
        &[(
            "Rina Marlina",
            "Kepala Badan Kepegawaian Daerah Kota Blitar",
        )],
    );
    // A headline's function word ends a body's name; a "Baca:" line is site chrome.
    assert!(!orgs.iter().any(|o| o.contains("Akan")), "{orgs:?}");
    assert!(!orgs.contains(&"Partai Demokrat"), "{orgs:?}");
}

#[test]
fn jogja_with_a_city_word_is_the_city_and_an_unknown_badan_takes_its_region() {
    let x = extract("jogja-dan-badan.txt");
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            ("Hendra Kusumo", "Wali Kota Yogyakarta"),
            (
                "Sulastri",
                "Kepala Badan Kepegawaian Sumber Daya Aparatur Kota Yogyakarta",
            ),
        ],
    );
    let regions: Vec<&str> = x
        .regions
        .iter()
        .map(|r| config().lex.regions[r.region].name.as_str())
        .collect();
    assert_eq!(regions, ["Yogyakarta"], "the city, not the province");
    assert!(
        x.orgs.iter().all(|o| !o.name.contains("Daerah Istimewa")),
        "{:?}",
        x.orgs
    );
    // "ujar sumber di Balai Kota": an unnamed source, not the person named before.
    let q = x
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Nama-nama pejabat"))
        .expect("the quotation is read");
    assert_eq!(q.speaker, None);
    // "kata Mbak Sulastri": a Javanese form of address, not part of the name.
    assert!(!persons(&x).contains(&"Mbak Sulastri"), "{:?}", persons(&x));
    assert!(person(&x, "Sulastri").prefixes.iter().any(|p| p == "Mbak"));
    assert_speaker(&x, "Semua tahapan", "Sulastri");
}

#[test]
fn headline_verbs_sentence_conjunctions_unit_names_before_holders_and_a_three_letter_call_name() {
    let x = extract("lalu-dan-biro.txt");
    let names = persons(&x);
    // "WALI KOTA LANTIK ...": a headline verb; "Lalu Kepala Badan ...": a conjunction.
    for word in ["Lantik", "Lalu", "Leo"] {
        assert!(!names.contains(&word), "{word} is no person: {names:?}");
    }
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            ("Harun Pratomo", "Wali Kota Tarakan"),
            // Unknown units end where the words of organizations' names end.
            ("Marlina Sitompul", "Kepala Biro Ekonomi"),
            ("Yohanes Kause", "Kepala Badan Pendapatan Asli Daerah"),
            ("Rusdi M Pakaya", "Kepala Biro Administrasi Pimpinan"),
            ("Teguh Wiranto", "Kepala Dinas Sosial Kota Tarakan"),
            // "tetap dijabat Dra X": a passive verb's agent without "oleh".
            (
                "Farida Hanum",
                "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Tarakan",
            ),
        ],
    );
    assert!(
        h.iter()
            .all(|(p, _)| names.contains(&p.as_str()) && p != "Lalu"),
        "{h:?}"
    );
    // "Plt. Kabag Protokol Andi Saputra Wijaya": a unit word ends the unit.
    assert_holds(
        &h,
        &[(
            "Andi Saputra Wijaya",
            "Pelaksana Tugas Kepala Bagian Protokol",
        )],
    );
    // "Staf Ahli", then "Staf Ahli Wali Kota": one post, the longer form.
    let dedi: Vec<_> = h.iter().filter(|(p, _)| p == "Dedi Kurniawan").collect();
    assert_eq!(dedi.len(), 1, "{dedi:?}");
    assert!(dedi[0].1.starts_with("Staf Ahli Wali Kota"), "{dedi:?}");
    // "Kepala Bidang Mutasi dan Kedudukan Hukum ...": a unit's name, no transfer.
    assert!(
        x.events
            .iter()
            .all(|e| !e.kinds.contains(&asnkg::lexicon::EventKind::Transfer)),
        "{:?}",
        x.events
    );
    // "Leo menyebut ...": the given name cut to three letters; "tuturnya" after a list
    // opened by "antara lain" points back to him, not to a listed official.
    assert!(
        person(&x, "Leonardus T Silalahi")
            .short_forms
            .contains("Leo")
    );
    assert_speaker(&x, "Mereka sudah", "Leonardus T Silalahi");
}

#[test]
fn a_title_and_unit_that_name_a_known_body_local_names_of_known_bodies_and_no_venue_in_a_title() {
    let x = extract("kanreg-dan-dinas.txt");
    let h = holdings(&x);
    // "Plt Kepala Kantor Regional (Kakanreg) III Badan Kepegawaian Negara": the office
    // is one known body, the same as in the caption, so one post.
    let agustinus: Vec<_> = h.iter().filter(|(p, _)| p == "Agustinus Rumere").collect();
    assert_eq!(agustinus.len(), 1, "{h:?}");
    assert!(agustinus[0].1.contains("Kantor Regional III"), "{h:?}");
    let keys: Vec<&str> = x.orgs.iter().map(|o| o.key.as_str()).collect();
    // Local names of known bodies, written before or after their acronym, are those bodies.
    for key in ["kanreg-iii-bkn", "dinas-perpustakaan-kearsipan", "dpmptsp"] {
        assert!(
            keys.iter().any(|k| k.starts_with(key)),
            "{key} missing from {keys:?}"
        );
    }
    assert_eq!(
        keys.iter().filter(|k| k.starts_with("dinas")).count(),
        1,
        "one Dinas, and no 'Dinas Pemkab': {keys:?}"
    );
    assert!(x.places.is_empty(), "{:?}", x.places);
    // "melalui pesan WhatsApp, Selasa": a brand, no person.
    assert!(!persons(&x).contains(&"WhatsApp"), "{:?}", persons(&x));
    // "Kecuali, ... mendapat izin ... untuk melaksanakan rotasi": a condition, no happening.
    assert!(
        x.events
            .iter()
            .all(|e| !e.kinds.contains(&asnkg::lexicon::EventKind::Rotation)),
        "{:?}",
        x.events
    );
}

#[test]
fn moves_named_after_the_post_left_former_holders_and_a_region_short_form_the_article_defines() {
    let x = extract("pindah-tugas.txt");
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            // "Pesisir Barat (Pesbar)" ... "Bupati Pesbar Sulaiman Hadi".
            ("Sulaiman Hadi", "Bupati Pesisir Barat"),
            // "Kepala DLH X yang dipindah tugas menjadi Kepala Kesbangpol": the post taken.
            (
                "Rahmat Hidayat",
                "Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Pesisir Barat",
            ),
            (
                "Joko Susilo",
                "Kepala Dinas Perhubungan Kabupaten Pesisir Barat",
            ),
            (
                "Hendra Gunawan",
                "Kepala Badan Kepegawaian Daerah Kabupaten Pesisir Barat",
            ),
            (
                "Wulan Sari",
                "Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Pesisir Barat",
            ),
        ],
    );
    // The posts left are nobody's now.
    for (who, left) in [
        ("Rahmat Hidayat", "Lingkungan Hidup"),
        ("Joko Susilo", "Kesatuan Bangsa"),
        ("Hendra Gunawan", "Perhubungan"),
    ] {
        assert!(
            !h.iter().any(|(p, l)| p == who && l.contains(left)),
            "{who} still holds {left}: {h:?}"
        );
    }
    // "Sekda sebelumnya, Bambang Irawan": a person, holding nothing now; "Kursi" is none.
    let names = persons(&x);
    assert!(names.contains(&"Bambang Irawan"), "{names:?}");
    assert!(!names.contains(&"Kursi"), "{names:?}");
    assert!(h.iter().all(|(p, _)| p != "Bambang Irawan"), "{h:?}");
    // "27 November mendatang": a date still to come dates no event.
    assert!(
        x.events.iter().all(|e| e
            .date
            .as_ref()
            .is_none_or(|d| !d.lexical().ends_with("11-27"))),
        "{:?}",
        x.events
    );
    let region = x
        .regions
        .iter()
        .find(|r| config().lex.regions[r.region].name == "Pesisir Barat")
        .expect("the region is read");
    assert!(
        region.alt_names.contains("Pesbar"),
        "{:?}",
        region.alt_names
    );
}

#[test]
fn former_holders_a_regional_body_named_by_title_and_short_form_and_a_final_i_written_y() {
    let x = extract("mantan-dan-ejaan.txt");
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            // "Kadis Kominfo Sulteng": the province's Dinas, not the ministry.
            (
                "Hendri Wijayakusuma",
                "Kepala Dinas Komunikasi dan Informatika Provinsi Sulawesi Tengah",
            ),
            ("Rudy Tanjaya", "Penjabat Bupati Parigi Moutong"),
        ],
    );
    // "Mantan Bupati Donggala, Kasman Lassa": persons, holding nothing now.
    let names = persons(&x);
    for former in ["Kasman Lassa", "Samsurizal Tombolotutu"] {
        assert!(names.contains(&former), "{names:?}");
        assert!(h.iter().all(|(p, _)| p != former), "{h:?}");
    }
    // "X akan dilantik oleh Gubernur Sulteng Darmawan Lubis sebagai Pj Bupati Sigi": the
    // governor officiates, he does not take the post; X, the act's subject, does.
    assert_holds(&h, &[("Ridwan Mumu", "Penjabat Bupati Sigi")]);
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Darmawan Lubis" && l.contains("Sigi")),
        "{h:?}"
    );
    // "Hj.Nurhayati Lamato": an honorific glued to the name by its period.
    assert!(names.contains(&"Nurhayati Lamato"), "{names:?}");
    assert!(
        person(&x, "Nurhayati Lamato")
            .prefixes
            .iter()
            .any(|p| p == "Hj."),
        "{:?}",
        person(&x, "Nurhayati Lamato")
    );
    // Headline "Dikukuhkan Gubernur Sulteng, Rudy Tanjaya Jadi Pj Bupati ...": the name
    // after the comma takes its own post, not the governor's.
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Rudy Tanjaya" && l.starts_with("Gubernur")),
        "{h:?}"
    );
    // "Rudi Tanjaya" later: the same person.
    assert!(!names.contains(&"Rudi Tanjaya"), "{names:?}");
    assert_speaker(&x, "Kami akan", "Rudy Tanjaya");
}

#[test]
fn names_linked_to_posts_they_left_are_persons_without_the_post() {
    let x = extract("jabatan-lama.txt");
    let h = holdings(&x);
    let names = persons(&x);
    // "Warsini dari jabatan lama sebagai Kepala Dinas Sosial menjadi ...", "Darmadi Putra
    // yang sebelumnya menjabat Kepala Dinas Perhubungan dimutasi ...", "Rosmiati Pane
    // sebelumnya menjabat Kepala Bagian Hukum kini ...": persons who left those posts.
    for (who, left) in [
        ("Warsini", "Sosial"),
        ("Darmadi Putra", "Perhubungan"),
        ("Rosmiati Pane", "Hukum"),
    ] {
        assert!(names.contains(&who), "{who} missing from {names:?}");
        assert!(
            !h.iter().any(|(p, l)| p == who && l.contains(left)),
            "{who} still holds {left}: {h:?}"
        );
    }
    // "Posisi Darmadi Putra digantikan oleh Suhartini Lubis": the successor holds the post
    // Darmadi Putra left, on the evidence of that sentence; the post she held before, not.
    assert_holds(
        &h,
        &[(
            "Suhartini Lubis",
            "Kepala Dinas Perhubungan Kabupaten Seluma",
        )],
    );
    let succession = x
        .holdings
        .iter()
        .find(|h| x.persons[h.person].name == "Suhartini Lubis")
        .map(|h| h.sentence);
    // That sentence comes after the one that names the post.
    assert!(
        succession.is_some_and(|s| s + 2 >= x.sentences.len()),
        "{succession:?}"
    );
    // "jabatan yang ditinggalkan Warsini kini ditempati oleh Robert Simanjuntak": the post
    // Warsini left.
    assert_holds(
        &h,
        &[("Robert Simanjuntak", "Kepala Dinas Sosial Kabupaten Seluma")],
    );
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Suhartini Lubis" && l.starts_with("Sekretaris")),
        "{h:?}"
    );
    // "Hasan" after "Bupati ... Hasanuddin": one person, the quotation's speaker.
    assert!(!names.contains(&"Hasan"), "{names:?}");
    assert_speaker(&x, "Rotasi ini", "Hasanuddin");
    // "Nyoman Wiradnya": "-dnya" ends a Balinese name, it is no enclitic.
    assert_holds(
        &h,
        &[(
            "Nyoman Wiradnya",
            "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Seluma",
        )],
    );
    // "Dinas Kependudukan dan Catatan Sipil (Disdukcapil)": the older name of the one body.
    let dukcapil = x
        .orgs
        .iter()
        .filter(|o| o.name.contains("Kependudukan"))
        .count();
    assert_eq!(dukcapil, 1, "{:?}", x.orgs);
}

#[test]
fn letters_numbered_after_other_words_and_events_only_asked_for() {
    let x = extract("surat-bernomor.txt");
    let law = |number: &str| {
        x.laws
            .iter()
            .find(|l| l.numbers.iter().any(|n| n == number))
            .unwrap_or_else(|| panic!("no law {number} in {:?}", x.laws))
    };
    // "Surat Kemendagri kepada Gubernur Sumbar itu bernomor ...": Kemendagri's letter; the
    // addressee is no issuer.
    assert_eq!(law("100.2.1.3/6120/OTDA").issuers, ["kemendagri"]);
    // "persetujuan dari KASN, dengan nomor B-412/KASN/8/2024".
    assert_eq!(law("B-412/KASN/8/2024").issuers, ["kasn"]);
    // "kepada panitia dengan nomor urut 12": a plain number after other words is no citation.
    assert_eq!(x.laws.len(), 2, "{:?}", x.laws);
    // "Calon Petahana", "Sekda Defenitif": no persons.
    assert_eq!(persons(&x), ["Rosnaini Datuak"]);
    // "meminta gubernur mengukuhkan Pjs Bupati Pasaman": asked for, not reported.
    assert!(x.events.is_empty(), "{:?}", x.events);
}

#[test]
fn bodies_headed_by_a_name_an_object_before_adalah_and_a_called_off_event() {
    let x = extract("dipimpin-dan-batal.txt");
    let h = holdings(&x);
    // "Dinas Kelautan dan Perikanan dijabat Yusran Mahmud": he heads it.
    assert_holds(
        &h,
        &[(
            "Yusran Mahmud",
            "Kepala Dinas Kelautan dan Perikanan Provinsi Maluku Utara",
        )],
    );
    // "BKD yang saat itu dikepalai Rasid Umasangadji": a person who headed it then.
    assert!(
        persons(&x).contains(&"Rasid Umasangadji"),
        "{:?}",
        persons(&x)
    );
    assert!(h.iter().all(|(p, _)| p != "Rasid Umasangadji"), "{h:?}");
    // "yang menggugat Irwan Sahidu adalah Kepala Dinas ... (DPM-PTSP) Provinsi Maluku Utara,
    // Hamdan Latuconsina": the object of "menggugat" holds nothing; the name set off after
    // the short form and the region does.
    assert!(h.iter().all(|(p, _)| p != "Irwan Sahidu"), "{h:?}");
    assert_holds(
        &h,
        &[(
            "Hamdan Latuconsina",
            "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Maluku Utara",
        )],
    );
    // "Gubernur Maluku Utara, A Rasyid, yang ...": an initial without its dot after a comma.
    assert_holds(&h, &[("A Rasyid", "Gubernur Maluku Utara")]);
    // A body whose name has a comma ("Dinas Pemberdayaan Perempuan, Perlindungan Anak dan
    // Kependudukan"): the whole name.
    assert_holds(
        &h,
        &[(
            "Nurlela Syarif",
            "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak dan Kependudukan Provinsi Maluku Utara",
        )],
    );
    // "Tim ... dipimpin X": a team has no "Kepala".
    assert_eq!(h.len(), 4, "{h:?}");
    // "batalnya pelantikan": called off.
    assert!(x.events.is_empty(), "{:?}", x.events);
}

#[test]
fn retired_holders_staff_of_a_region_head_and_recommended_sanctions() {
    let x = extract("pensiun-dan-agar.txt");
    let h = holdings(&x);
    // "Kepala Dinas Kesehatan Sulteng Herry Tandiono yang telah pensiun": retired; "yang akan
    // pensiun": still in the post.
    assert!(persons(&x).contains(&"Herry Tandiono"), "{:?}", persons(&x));
    assert!(h.iter().all(|(p, _)| p != "Herry Tandiono"), "{h:?}");
    assert_holds(
        &h,
        &[(
            "Rukmini Lamusu",
            "Kepala Dinas Sosial Provinsi Sulawesi Tengah",
        )],
    );
    // "Sekprov Sulteng": the province's Sekretaris Daerah.
    assert_holds(
        &h,
        &[("Novalina Wiswadewa", "Sekretaris Daerah Sulawesi Tengah")],
    );
    // "Staf Ahli Gubernur Bidang Ekonomi dan Pembangunan Ridwansyah sebagai Penjabat
    // Bupati Sigi": one name word before a link to another post; the staff title is in the
    // province's government.
    let posts_of = |who: &str| -> Vec<&asnkg::extract::Post> {
        x.holdings
            .iter()
            .filter(|h| x.persons[h.person].name == who)
            .map(|h| &x.posts[h.post])
            .collect()
    };
    let staff = posts_of("Ridwansyah");
    assert!(
        staff
            .iter()
            .any(|p| p.role.starts_with("Staf Ahli Gubernur") && p.region.is_some()),
        "{staff:?}"
    );
    assert_holds(&h, &[("Ridwansyah", "Penjabat Bupati Sigi")]);
    // "Staf Ahli Bupati Sigi Bidang Hukum, Marten Tobondo": the region after the head's
    // title scopes the post.
    let marten = posts_of("Marten Tobondo");
    assert!(
        marten.iter().any(|p| p.role.starts_with("Staf Ahli Bupati")
            && p.org.as_deref() == Some("pemerintah-kabupaten-sigi")),
        "{marten:?}"
    );
    // "pemberitahuan resmi bernomor 800/377/V/BKD/2024": a numbered notice.
    assert!(
        x.laws.iter().any(|l| l.numbers == ["800/377/V/BKD/2024"]),
        "{:?}",
        x.laws
    );
    // "Badan Kepegawaian Nasional (BKN)": BKN, under a wrong name.
    let bkn = x.orgs.iter().filter(|o| o.key.starts_with("bkn")).count();
    assert_eq!(bkn, 1, "{:?}", x.orgs);
    // "Sebelumnya, Rukmini Lamusu maupun Marten Tobondo menjabat ...": a past marker opening
    // the sentence dates the post for both.
    assert!(
        h.iter().all(|(_, l)| !l.starts_with("Kepala Bagian Umum")),
        "{h:?}"
    );
    // "Staf Ahli Gubernur Bidang Pemerintahan, Hukum dan Politik, X": the fields after the
    // comma belong to the title; "Bidang Hukum, Marten Tobondo" (a name after the comma) not.
    let yusuf = posts_of("Yusuf Lamakampali");
    assert!(
        yusuf.iter().any(|p| p.role.ends_with("Hukum dan Politik")),
        "{yusuf:?}"
    );
    assert!(
        posts_of("Marten Tobondo")
            .iter()
            .any(|p| p.role == "Staf Ahli Bupati Bidang Hukum"),
        "{:?}",
        posts_of("Marten Tobondo")
    );
    // "ujar Wiswadawa": one inner letter of "Novalina Wiswadewa" changed, the same person.
    assert_speaker(&x, "Semua pelantikan", "Novalina Wiswadewa");
    // "direkomendasikan kepada BKN agar disanksi": no sanction reported.
    assert!(
        x.events
            .iter()
            .all(|e| !e.kinds.contains(&asnkg::lexicon::EventKind::Sanction)),
        "{:?}",
        x.events
    );
}

#[test]
fn a_shared_region_name_after_its_head_and_lists_with_short_forms_and_honorifics() {
    let x = extract("kota-dan-daftar.txt");
    let h = holdings(&x);
    // "Walikota Kediri" (a name both a kabupaten and a kota bear) makes Kota Kediri the
    // article's region: the bodies named without a region are its.
    assert_holds(
        &h,
        &[
            (
                "Hendra Wibisono",
                "Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak Kota Kediri",
            ),
            ("Agus Priyono", "Camat Mojoroto"),
            ("Endang Lestari", "Camat Pesantren"),
        ],
    );
    // "... (BPPDRD) Yulianto Saputro, Kepala Dinas Koperasi UMKM dan Perdagangan (DKUMP)
    // Ratna Kusumadewi": the first name is the list's previous item, not the next post's.
    assert_eq!(
        h.iter().filter(|(p, _)| p == "Yulianto Saputro").count(),
        1,
        "{h:?}"
    );
    // "Kepala Dinas Pertanahan dan Kepala Bappeda": two bodies.
    assert!(
        x.orgs.iter().all(|o| !o.name.contains("dan Kepala")),
        "{:?}",
        x.orgs
    );
    // "masih menunggu dilantik": not yet inaugurated; one inauguration, on 6 March.
    let inaugurations: Vec<_> = x
        .events
        .iter()
        .filter(|e| e.kinds.contains(&asnkg::lexicon::EventKind::Inauguration))
        .collect();
    assert_eq!(inaugurations.len(), 1, "{inaugurations:?}");
    // "Mas Sarmo, sapaan akrabnya, ..." opening a sentence: the call name of the person
    // named just before.
    assert!(
        person(&x, "Bagus Sarmoko Alit")
            .short_forms
            .iter()
            .any(|f| f.contains("Sarmo")),
        "{:?}",
        person(&x, "Bagus Sarmoko Alit")
    );
    assert!(
        persons(&x)
            .iter()
            .all(|p| !p.contains("Sarmo ") && *p != "Mas Sarmo"),
        "{:?}",
        persons(&x)
    );
}

#[test]
fn camats_and_lurahs_of_places_the_gazetteer_lacks() {
    let x = extract("camat-dan-lurah.txt");
    let h = holdings(&x);
    // One place word, two after a word that opens place names ("Tanah Merah"), direction
    // words after them ("Kembang Baru Utara"), an honorific before the name.
    assert_holds(
        &h,
        &[
            ("Rahmat Hidayat", "Camat Wringin"),
            ("Fauzan", "Camat Tanah Merah"),
            ("Siti Aminah", "Lurah Kembang Baru Utara"),
            ("Yusuf Idris", "Lurah Cempaka"),
        ],
    );
    let names = persons(&x);
    assert!(
        names
            .iter()
            .all(|n| !n.starts_with("Wringin") && !n.starts_with("Tanah")),
        "{names:?}"
    );
    // "jelasnya" after a list opened by "seperti": the speaker named before the list.
    assert_speaker(&x, "Semua pejabat", "Wiwik Haryani");
    // "Sekretaris Daerah Kabupaten (Sekdakab) Bondowoso, X": the title's short form between
    // the region's kind and name; "diungkapkan langsung oleh X": X spoke, and "ungkapnya"
    // points to X.
    assert_holds(&h, &[("Bambang Soekwanto", "Sekretaris Daerah Bondowoso")]);
    assert_speaker(&x, "Camat dan lurah", "Bambang Soekwanto");
}

#[test]
fn candidates_hold_nothing_and_one_word_holders_in_a_list_of_titles() {
    let x = extract("calon-dan-singkatan.txt");
    let h = holdings(&x);
    // "calon Sekda Tulang Bawang, Mirzan Fahlevi": a candidate, not the holder.
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Mirzan Fahlevi" && l.starts_with("Sekretaris Daerah")),
        "{h:?}"
    );
    // "Kadis PPKB Hendri, Kaban BPPRD Desyadi, ...": one name word before the next title
    // of the list; "Kepala Badan" and "Badan Pengelola ..." share their "Badan".
    assert_holds(
        &h,
        &[
            (
                "Hendri",
                "Kepala Dinas Pengendalian Penduduk dan Keluarga Berencana Kabupaten Tulang Bawang",
            ),
            (
                "Desyadi",
                "Kepala Badan Pengelola Pajak dan Retribusi Daerah Kabupaten Tulang Bawang",
            ),
        ],
    );
    // "Sekda Insya Allah bulan depan": no person.
    assert!(
        persons(&x).iter().all(|p| !p.contains("Allah")),
        "{:?}",
        persons(&x)
    );
}

#[test]
fn past_holders_after_a_past_opening_secretaries_of_places_and_letters_more_or_less() {
    let x = extract("sempat-dan-sekcam.txt");
    let h = holdings(&x);
    let names = persons(&x);
    // "Rahmat Lamato akhirnya resmi dilantik sebagai ...": a name opening its sentence
    // before a passive link verb is a person, who takes the post.
    assert_holds(
        &h,
        &[
            ("Rahmat Lamato", "Sekretaris Daerah Sulawesi Tengah"),
            ("Nurhayati", "Sekretaris Camat Tawaeli"),
            ("Agustinus Lamba", "Sekretaris Lurah Besusu Muara"),
        ],
    );
    // "Sebelum Rahmat Lamato, jabatan Sekda ... dijabat oleh Yohanes Bira yang kini duduk
    // sebagai anggota DPRD Provinsi": he held the first post before, holds the second
    // now, in the province the article is about (not the regency named in passing).
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Yohanes Bira" && l.starts_with("Sekretaris Daerah")),
        "{h:?}"
    );
    assert!(
        h.iter()
            .any(|(p, l)| p == "Yohanes Bira"
                && l.ends_with("Rakyat Daerah Provinsi Sulawesi Tengah")),
        "{h:?}"
    );
    // "mengakhiri masa jabatan Plh Sekda yang dijabat Rahmat Lamato": a term that ended.
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Rahmat Lamato" && l.starts_with("Pelaksana Harian")),
        "{h:?}"
    );
    // "Frans Tadjuddin sempat menjadi Penjabat Sekda": a past post.
    assert!(names.contains(&"Frans Tadjuddin"), "{names:?}");
    assert!(!h.iter().any(|(p, _)| p == "Frans Tadjuddin"), "{h:?}");
    // "Ijin Mendagri" names no one; "Ahmad Dahlan Marur" (one letter less) and "Herry" (one
    // letter doubled) are the persons named before.
    assert!(!names.contains(&"Ijin"), "{names:?}");
    assert_no_name_with(&names, &["Marur"]);
    assert!(!names.contains(&"Herry"), "{names:?}");
    assert_speaker(&x, "Tidak ada pejabat", "Hery Wibisono");
    // "Keputusan Presiden Nomor 45/TPA Tahun 2024": the year is no part of the number.
    let keppres = x.laws.iter().find(|l| l.numbers == ["45/TPA"]);
    assert_eq!(keppres.map(|l| l.year), Some(Some(2024)), "{:?}", x.laws);
    // "dilantik sebagai Sekda ... oleh Gubernur X": X officiates.
    let inauguration = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Inauguration))
        .expect("inauguration");
    assert_eq!(officiant(&x, inauguration), Some("Irwan Lapasere"));
    // "Mutasi 48 pejabat ... pada tanggal 12 Februari 2024": the event noun leads the count
    // and "pada tanggal" dates the happening.
    let transfer = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Transfer))
        .expect("transfer");
    assert_eq!(transfer.participants, Some(48));
    assert_eq!(
        transfer.date,
        Some(DateValue::Full {
            year: 2024,
            month: 2,
            day: 12
        })
    );
}

#[test]
fn staff_of_a_minister_districts_named_after_their_city_and_posts_taken_as_objects() {
    let x = extract("staf-ahli-dan-camat.txt");
    let h = holdings(&x);
    let names = persons(&x);
    assert_holds(
        &h,
        &[
            // "Wali Kota Kendari AM Sulkarnain Tawulo": two capitals open the name.
            ("AM Sulkarnain Tawulo", "Wali Kota Kendari"),
            // "Camat Kendari Barat": the city's name and a direction name the district.
            ("Rudi Hartanto", "Camat Kendari Barat"),
            // "... menggantikan Samsul Bahri yang mengisi Sekretaris Dinas Perhubungan".
            ("Samsul Bahri", "Sekretaris Dinas Perhubungan Kota Kendari"),
            // "Kepala Dinas Kesehatan dipercayakan pada Ridwan Basri".
            ("Ridwan Basri", "Kepala Dinas Kesehatan Kota Kendari"),
            // "Assisten" is another spelling of the title.
            (
                "Lina Marlina",
                "Asisten Pemerintahan Sekretariat Daerah Kota Kendari",
            ),
            // "Staf Ahli Bidang Tata Kelola Menteri Dalam Negeri (Mendagri) Arief Setiadi": the
            // minister's staff, not the minister.
            (
                "Arief Setiadi",
                "Staf Ahli Bidang Tata Kelola Kementerian Dalam Negeri",
            ),
        ],
    );
    assert!(!h.iter().any(|(_, l)| l.starts_with("Menteri")), "{h:?}");
    // "Sekretaris Dinas Pendidikan Wahyuni Lestari mengisi posisi Kepala Bagian Umum": she
    // takes the second post and leaves the first.
    assert_holds(&h, &[("Wahyuni Lestari", "Kepala Bagian Umum")]);
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Wahyuni Lestari" && l.starts_with("Sekretaris")),
        "{h:?}"
    );
    // "Camat Poasia Arman Yusuf juga hanya tahu ia dicopot dari jabatannya": removed from
    // the post; "Nurdin Lasa, Camat Abeli, yang dicopot menjadi Kepala Seksi ...": moved.
    assert!(names.contains(&"Arman Yusuf"), "{names:?}");
    assert!(!h.iter().any(|(p, _)| p == "Arman Yusuf"), "{h:?}");
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Nurdin Lasa" && l.starts_with("Camat")),
        "{h:?}"
    );
    assert_holds(
        &h,
        &[("Nurdin Lasa", "Kepala Seksi Ketertiban Kecamatan Kambu")],
    );
    // "Nomor 821.2/15\nBKPSDM/Kep/2024": a number broken over two lines.
    assert!(
        x.laws
            .iter()
            .any(|l| l.numbers == ["821.2/15 BKPSDM/Kep/2024"] && l.year == Some(2024)),
        "{:?}",
        x.laws
    );
    // "Direktur Jenderal Minyak dan Gas Bumi": a rank inside a title opens no name.
    assert!(!names.contains(&"Minyak"), "{names:?}");
    // A name in the title-case headline only ("Kepala Dinas Hak Prerogatif ...") is no body.
    assert!(
        x.orgs.iter().all(|o| !o.name.contains("Prerogatif")),
        "{:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
    // "pegawai yang tidak disiplin dapat disanksi. Sanksi tersebut diatur dalam PP ...":
    // a rule, not a sanction that happened.
    assert!(
        x.events
            .iter()
            .all(|e| !e.kinds.contains(&EventKind::Sanction)),
        "{:?}",
        x.events
    );
}

#[test]
fn verbs_in_event_names_divisions_of_a_body_and_the_national_body_written_with_ri() {
    let x = extract("koordinasi-nasional.txt");
    let h = holdings(&x);
    let names = persons(&x);
    // "Kesiapan Kepala Daerah Menjaga Netralitas ASN": a verb of an event's name is no
    // holder; "Aidil Fitri" is a name (not the holiday); "Yusuf Maulana selaku ...": a
    // person before "selaku" and a capitalised title.
    assert_named(
        &names,
        &[
            "Aidil Fitri",
            "Yusuf Maulana",
            "Siti Nurhaliza",
            "Bambang Irawan",
        ],
    );
    assert_no_name_with(&names, &["Menjaga", "Divisi"]);
    // "Komisioner Bawaslu RI Divisi Pencegahan, Siti Nurhaliza, Asisten KASN ..., Bambang
    // Irawan": each name holds the title before it (with the division written after the
    // body); "Bawaslu RI" is the national body even though the article names a provincial
    // Bawaslu.
    assert_holds(
        &h,
        &[
            (
                "Siti Nurhaliza",
                "Komisioner Divisi Pencegahan Badan Pengawas Pemilihan Umum",
            ),
            (
                "Bambang Irawan",
                "Asisten Bidang Pengawasan Komisi Aparatur Sipil Negara",
            ),
        ],
    );
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Siti Nurhaliza" && l.starts_with("Asisten")),
        "{h:?}"
    );
    // "Koordinasi Nasional ...": a coordination meeting; "mengukuhkan pemberhentian"
    // confirms a dismissal, no inauguration.
    assert!(
        x.events
            .iter()
            .any(|e| e.kinds.contains(&EventKind::CoordinationMeeting)),
        "{:?}",
        x.events
    );
    assert!(
        x.events
            .iter()
            .all(|e| !e.kinds.contains(&EventKind::Inauguration)),
        "{:?}",
        x.events
    );
}

#[test]
fn lists_of_names_and_titles_functional_titles_and_posts_filled_by_a_relative_clause() {
    let x = extract("daftar-pemprov.txt");
    let h = holdings(&x);
    let names = persons(&x);
    assert_holds(
        &h,
        &[
            // "adalah Agus Priyanto Kepala Bappeda Jatim, Dedi Kurniawan Kepala Bapenda ...":
            // each name holds the title after it, the first too.
            (
                "Agus Priyanto",
                "Kepala Badan Perencanaan Pembangunan Daerah Provinsi Jawa Timur",
            ),
            (
                "Dedi Kurniawan",
                "Kepala Badan Pendapatan Daerah Provinsi Jawa Timur",
            ),
            // "Pustakawan Ahli Utama" and "Kabiro" are titles, not parts of names.
            ("Sri Lestari", "Pustakawan Ahli Utama"),
            ("Rahmat Hidayat", "Kepala Biro Organisasi"),
            // "Kadis Perumahan Rakyat, Kawasan Permukiman ...": "Kawasan" is no name.
            (
                "Lilik Suryani",
                "Kepala Dinas Perumahan Rakyat Provinsi Jawa Timur",
            ),
            // "Kepala Dinas Kehutanan ... yang kosong kini dijabat oleh X".
            (
                "Bambang Wicaksono",
                "Kepala Dinas Kehutanan Provinsi Jawa Timur",
            ),
        ],
    );
    // Each holds one post of the list; "Asisten II Sekdaprov Jatim, Rahmat Hidayat": the
    // Sekda's office is the assistant's unit, not Rahmat Hidayat's post.
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Dedi Kurniawan" && l.contains("Perencanaan")),
        "{h:?}"
    );
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Rahmat Hidayat" && l.starts_with("Sekretaris Daerah")),
        "{h:?}"
    );
    // "Kepala Dinas Sosial Jatim Teguh Wibowo digantikan Ratna Sari": she holds the post
    // he left.
    assert_holds(
        &h,
        &[("Ratna Sari", "Kepala Dinas Sosial Provinsi Jawa Timur")],
    );
    assert!(!h.iter().any(|(p, _)| p == "Teguh Wibowo"), "{h:?}");
    // "Direktur RSUD Dr Soetomo": a hospital's name, no person.
    assert_no_name_with(&names, &["Soetomo", "Kawasan"]);
}

#[test]
fn merged_bodies_retired_ranks_call_names_and_posts_in_brackets() {
    let x = extract("dinas-gabungan.txt");
    let h = holdings(&x);
    let names = persons(&x);
    assert_holds(
        &h,
        &[
            // "Kepala Dinas Sosial Tenaga Kerja dan Transmigrasi Wulan ...": the known
            // "Dinas Sosial" goes on with more fields; the name after them is the holder.
            (
                "Wulan Pertiwi Anggraini",
                "Kepala Dinas Sosial Tenaga Kerja dan Transmigrasi Kota Kendari",
            ),
            (
                "Rahmat Saleh",
                "Kepala Dinas Perindustrian Perdagangan Koperasi dan Pertanian Kota Kendari",
            ),
            // "Dinas PU dan Penataan Ruang" spells out the known body's short form.
            (
                "Arman Yusuf",
                "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kota Kendari",
            ),
            // "Irjen Pol. (P) Dr. (H.C) Baskara Wiratama": markers of a retired rank and an
            // honorary doctorate open the name.
            ("Baskara Wiratama", "Penjabat Gubernur Sulawesi Tenggara"),
            // "Sudarsono (Sekretaris Dinas Perdagangan Kota)": a one-word name before a post
            // in brackets; a bare "Kota" is the article's city.
            ("Marlina", "Kepala Bagian Organisasi"),
            // "Kepala Disnakerkop Sukardi": a Dinas's short form no lexicon knows, then a
            // one-word name.
            ("Sukardi", "Kepala Disnakerkop"),
            ("Sudarsono", "Sekretaris Dinas Perdagangan Kota Kendari"),
            // "Kementerian PAN RB": the ministry, not a party.
            (
                "Dimas Prakoso",
                "Kepala Biro Humas Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            ),
        ],
    );
    // "(DPM-PTSP) Sultra": the region after a hyphenated acronym in brackets is the body's.
    let dpmptsp = x
        .orgs
        .iter()
        .find(|o| o.name.starts_with("Dinas Penanaman Modal"))
        .map(|o| o.name.as_str());
    assert_eq!(
        dpmptsp,
        Some("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Sulawesi Tenggara")
    );
    // "Keputusan ... tentang pemberhentian saudara La Ode Karim": the person a decree in
    // the text is about.
    assert!(names.contains(&"La Ode Karim"), "{names:?}");
    assert_no_name_with(&names, &["Tenaga", "Transmigrasi"]);
    // The desk's byline and an ad line name no one.
    assert_no_name_with(&names, &["Redaksi", "Google"]);
    assert!(
        x.orgs.iter().all(|o| o.name != "Partai Amanat Nasional"),
        "{:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
    // "kata Jaja, sapaan akrab Jamaluddin Sahrir": one person, who said it.
    assert!(!names.contains(&"Jaja"), "{names:?}");
    assert_speaker(&x, "Semua sudah", "Jamaluddin Sahrir");
}

#[test]
fn a_ministrys_body_after_its_short_form_units_set_off_by_commas_and_lists_of_names() {
    let x = extract("pj-gubernur.txt");
    let h = holdings(&x);
    let names = persons(&x);
    assert_holds(
        &h,
        &[
            // "Badan Pengembangan Sumber Daya Manusia (BPSDM) Kemendagri": the ministry's
            // body, not the province's.
            (
                "Hendra Kusuma",
                "Kepala Badan Pengembangan Sumber Daya Manusia Kementerian Dalam Negeri",
            ),
            // "Kepala Bidang Mutasi, ..., Badan Kepegawaian Daerah Provinsi Maluku Utara, X".
            (
                "Ridwan Latuconsina",
                "Kepala Bidang Mutasi, Pengembangan Karier dan Jabatan Fungsional Badan Kepegawaian Daerah Provinsi Maluku Utara",
            ),
        ],
    );
    assert_speaker(&x, "Jabatan yang kosong", "Ridwan Latuconsina");
    // A list of names goes on past an initial ("M. Yamin Tuanany") and an item that does
    // not read as one name ("Nurdin MT Sangaji"); "Hi." (Haji) is inside a name.
    assert_named(
        &names,
        &[
            "Anwar Tomagola",
            "Fadli Umasugi",
            "M. Yamin Tuanany",
            "Abdullah Hi. Kaimudin",
        ],
    );
    // "yang habis masa jabatannya pada 12 Mei 2024": the end of a term, not the day of the
    // inauguration.
    let inauguration = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Inauguration))
        .expect("an inauguration");
    assert_ne!(
        inauguration.date,
        Some(DateValue::Full {
            year: 2024,
            month: 5,
            day: 12
        }),
        "{inauguration:?}"
    );
}

#[test]
fn posts_in_a_body_after_pada_misspelt_titles_and_an_officiant_without_oleh() {
    let x = extract("rotasi-pada.txt");
    let h = holdings(&x);
    let names = persons(&x);
    assert_holds(
        &h,
        &[
            // "Kepala Seksi Mutasi pada Badan Kepegawaian ...": the body after "pada".
            (
                "Rina Marlina",
                "Kepala Seksi Mutasi Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Palu",
            ),
            // "Sekertaris": a common misspelling of the title.
            ("Syamsul Rijal", "Sekretaris Dinas Pendidikan Kota Palu"),
        ],
    );
    // "Kabid, Sekertaris Dinas, Camat": a list of titles names no one.
    assert_no_name_with(&names, &["Sekertaris"]);
    // "Pelantikan itu dilakukan Sekretaris Kota Palu, Hasanuddin Lamatta": the person who
    // carries it out officiates it.
    let inauguration = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Inauguration))
        .expect("an inauguration");
    assert_eq!(officiant(&x, inauguration), Some("Hasanuddin Lamatta"));
    // "Badan Kepegawaian Daerah Pendidikan dan Latihan (BKDPL)": the article's own body,
    // not the known Badan Kepegawaian Daerah.
    assert!(
        x.orgs.iter().any(|o| o.alt_names.contains("BKDPL")),
        "{:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
    // "nomor 800/1234/SJ/7 Desember 2024": the day belongs to the date.
    assert!(
        x.laws.iter().any(|l| l.numbers == ["800/1234/SJ"]),
        "{:?}",
        x.laws
    );
}

#[test]
fn rules_and_questions_about_sanctions_are_no_happenings() {
    let x = extract("sanksi-aturan.txt");
    let h = holdings(&x);
    let names = persons(&x);
    // A question, a rule that applies ("berlaku bagi"), what a regulation sets out
    // ("mengatur sanksi", "jenis hukuman ... diberhentikan"): no sanction happened.
    assert!(
        x.events
            .iter()
            .all(|e| !e.kinds.contains(&EventKind::Sanction)),
        "{:?}",
        x.events
    );
    // "Kepala Biro Hukum, Komunikasi dan Informasi Publik Kementerian ... (Kemenpan-RB) X":
    // the unit words after the comma run up to the ministry.
    assert_holds(
        &h,
        &[
            (
                "Dewi Anggraeni",
                "Kepala Biro Hukum, Komunikasi dan Informasi Publik Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            ),
            ("Hendra Wijaya", "Kepala Inspektorat Daerah Kota Bogor"),
        ],
    );
    // "Dimana" opens a sentence, "Whats App" is a messenger: no persons.
    assert_no_name_with(&names, &["Dimana", "Whats"]);
}

#[test]
fn a_known_body_spelt_otherwise_classes_of_bodies_and_the_country_after_a_short_form() {
    let x = extract("tersangka-bkpsdm.txt");
    let h = holdings(&x);
    let names = persons(&x);
    // "Badan Kepegawaian Pengembangan Sumberdaya Manusia (BKPSDM) Buleleng": the known
    // BKPSDM spelt with "Sumberdaya" and without "dan", one body with the later "BKPSDM".
    let bkpsdm: Vec<&str> = x
        .orgs
        .iter()
        .filter(|o| o.name.contains("Manusia"))
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(
        bkpsdm,
        ["Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Buleleng"]
    );
    assert_holds(
        &h,
        &[
            (
                "Ketut Arsana",
                "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Buleleng",
            ),
            // "Kabid Mutasi dan Pembinaan ASN, Putu Ardana": "ASN" ends the unit's name.
            ("Putu Ardana", "Kepala Bidang Mutasi dan Pembinaan ASN"),
            // "(BKN) Republik Indonesia, Prof. Dr. X": the country after the short form.
            ("Wirawan Sasmita", "Kepala Badan Kepegawaian Negara"),
        ],
    );
    // "Satreskrim Polres Buleleng": a police unit, no person.
    assert!(!names.contains(&"Satreskrim"), "{names:?}");
    // "para Kepala BKPSDM se-Bali": every regency's BKPSDM, not one in Bali.
    assert!(
        x.orgs.iter().all(|o| !o.name.ends_with("Provinsi Bali")),
        "{:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
}

#[test]
fn police_regions_field_lists_closed_by_dan_and_ordinals_that_name_no_one() {
    let x = extract("pj-gubernur-daftar.txt");
    let h = holdings(&x);
    let names = persons(&x);
    assert_holds(
        &h,
        &[
            // "Kapolda Metro Jaya": the Jakarta police, not the city of Metro (Lampung) and
            // no person "Jaya"; the name after the rank holds the post "kini" taken.
            (
                "Hendra Gunawan",
                "Inspektur Utama Setjen Dewan Perwakilan Rakyat Republik Indonesia",
            ),
            // "Deputi Bidang Protokol, Pers, dan Media Sekretariat Presiden X".
            (
                "Yusuf Ramli",
                "Deputi Bidang Protokol, Pers, dan Media Sekretariat Presiden",
            ),
            // "Pelaksanaan Harian (Plh) Gubernur": the modifier in brackets (after a
            // misspelt "Pelaksana") modifies the title; he is no Gubernur.
            ("Irwan Tanjung", "Pelaksana Harian Gubernur Sumatera Barat"),
        ],
    );
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Irwan Tanjung" && l.starts_with("Gubernur")),
        "{h:?}"
    );
    // "menunjuk Asnawi Rahman Sekdakab sebagai ...": the one appointed is a person.
    assert!(names.contains(&"Asnawi Rahman"), "{names:?}");
    assert_no_name_with(&names, &["Jaya", "Pers", "Keempat", "Harian"]);
    let lex = &config().lex;
    assert!(
        x.regions
            .iter()
            .all(|r| lex.regions[r.region].name != "Metro"),
        "{:?}",
        x.regions
            .iter()
            .map(|r| &lex.regions[r.region].name)
            .collect::<Vec<_>>()
    );
    // "Kepala Sekolah Taman Kanak-Kanak": a title's unit, no venue.
    assert!(
        x.places.iter().all(|p| !p.name.contains("Kanak")),
        "{:?}",
        x.places
    );
}

#[test]
fn numbered_lines_of_names_and_one_letter_changed_inside_a_name() {
    let x = extract("seleksi-peringkat.txt");
    let names = persons(&x);
    // "1. Wahyu Prasetyo Nugroho 94,44": a numbered line holding a name and a score.
    assert_named(
        &names,
        &[
            "Wahyu Prasetyo Nugroho",
            "Dian Kartika Sari",
            "Bambang Hermawan",
        ],
    );
    // "1. Rudi Hartanto" and "Kepala Dinas Pendidikan Rudi Hartonto": one person spelt two
    // ways (one inner letter changed in a name of two words), who holds the post.
    let rudi: Vec<&&str> = names.iter().filter(|n| n.starts_with("Rudi")).collect();
    assert_eq!(rudi.len(), 1, "{names:?}");
    assert!(
        holdings(&x)
            .iter()
            .any(|(p, l)| p.starts_with("Rudi") && l.starts_with("Kepala Dinas Pendidikan")),
        "{:?}",
        holdings(&x)
    );
}

#[test]
fn camats_of_places_set_off_by_commas_and_words_that_open_sentences() {
    let x = extract("camat-netralitas.txt");
    let h = holdings(&x);
    let names = persons(&x);
    assert_holds(
        &h,
        &[
            // "Camat Dua Boccoe, Sitti Rahma": the whole place before the comma is the unit.
            ("Sitti Rahma", "Camat Dua Boccoe"),
            ("Hasbullah", "Camat Tanete Riattang Barat"),
            ("Yusran Halim", "Camat Bengo"),
            // "Terlihat Camat Penebel IGA Ratnawati": "IGA" (I Gusti Ayu) opens the name.
            ("IGA Ratnawati", "Camat Penebel"),
        ],
    );
    // "Koordiv": the title Koordinator Divisi; the speaker is the holder named after it.
    assert_speaker(&x, "Kami akan rapat", "Syamsuddin Arif");
    // "Terlihat", "Cq", "Koordiv", a place's last word: no persons; "(Rahmat)" after a
    // pair joined by a hyphen names the pair, not the second person.
    assert_no_name_with(&names, &["Terlihat", "Cq", "Koordiv", "Boccoe", "Riattang"]);
    assert!(!names.contains(&"Rahmat"), "{names:?}");
}

#[test]
fn pemko_and_provsu_are_a_city_government_and_a_province() {
    let x = extract("pemko-provsu.txt");
    let names = persons(&x);
    // "Setda Provsu Rahmad Lubis": "Provsu" is Sumatera Utara, not part of the name.
    assert_holds(
        &holdings(&x),
        &[(
            "Rahmad Lubis",
            "Kepala Biro Hukum Sekretariat Daerah Provinsi Sumatera Utara",
        )],
    );
    // "Sekretaris Daerah Pemko Pematangsiantar": the city's government, no person "Pemko".
    assert_no_name_with(&names, &["Pemko", "Provsu"]);
    assert!(
        x.orgs
            .iter()
            .any(|o| o.name == "Pemerintah Kota Pematangsiantar"),
        "{:?}",
        x.orgs.iter().map(|o| &o.name).collect::<Vec<_>>()
    );
}

#[test]
fn an_assistant_of_the_sekda_with_fields_joined_by_dan_is_no_sekda() {
    let x = extract("asisten-sekda.txt");
    let h = holdings(&x);
    // "Asisten Bidang Perekonomian dan Kesra Sekda Papua, M. Yusuf Wenda": the words after
    // "dan" name a field, so the Sekda's office is the assistant's unit, not a post of his;
    // "M." opens his name.
    assert_holds(&h, &[("M. Yusuf Wenda", "Penjabat Bupati Waropen")]);
    assert!(
        !h.iter().any(|(_, l)| l.starts_with("Sekretaris Daerah")),
        "{h:?}"
    );
    // An assistant's title, then the Sekda's (which leads the Setda): a post in the Setda,
    // whether the holder's name follows ("Asisten II Sekdaprov Papua, Yakobus Dumupa") or
    // comes before ("Elias Wonda sebagai Asisten Administrasi Umum Sekretaris Daerah Papua").
    assert_holds(
        &h,
        &[
            (
                "Yakobus Dumupa",
                "Asisten II Sekretariat Daerah Provinsi Papua",
            ),
            (
                "Elias Wonda",
                "Asisten Administrasi Umum Sekretariat Daerah Provinsi Papua",
            ),
            (
                "Yohanes Kogoya",
                "Asisten Bidang Umum Sekretariat Daerah Provinsi Papua",
            ),
        ],
    );
}

#[test]
fn a_division_after_the_body_doubled_single_marks_and_a_permission_that_is_no_event() {
    let x = extract("divisi-dan-kutipan.txt");
    // "Anggota KPU Temanggung Divisi Hukum dan Pengawasan Ratna Wulandari": the division
    // written after the body is part of the post; the holder's name follows it.
    assert_holds(
        &holdings(&x),
        &[
            (
                "Ratna Wulandari",
                "Anggota Divisi Hukum dan Pengawasan Komisi Pemilihan Umum Kabupaten Temanggung",
            ),
            (
                "Dedi Kurniadi",
                "Anggota Divisi Penanganan Pelanggaran Badan Pengawas Pemilihan Umum Kabupaten Temanggung",
            ),
        ],
    );
    // "Yohanes da Costa": "da" inside a name.
    assert_named(&persons(&x), &["Yohanes da Costa"]);
    // "‘’Enam bulan ...,’’ ujar ...": a single mark written twice is a double one; the
    // quoted words start after both, and the speaker follows both.
    assert_speaker(&x, "Enam bulan", "Ratna Wulandari");
    // A first line that ends with a straight mark closes a quote it never opened: no
    // quotation runs from there over the dateline.
    assert!(
        x.quotes.iter().all(|q| !q.text.contains("TEMANGGUNG")),
        "{:?}",
        x.quotes
    );
    // "Bupati masih diperkenankan melantik ...": a permission, not an inauguration.
    assert!(x.events.is_empty(), "{:#?}", x.events);
}

#[test]
fn an_officiant_after_the_day_a_misspelt_secretary_general_and_an_opened_meeting() {
    let x = extract("dilantik-hari-ini.txt");
    // "dilantik dan diambil sumpah hari ini Minggu (12/5/2024) oleh Gubernur ... X": the
    // second passive verb and the day stand between the verb and "oleh".
    let inauguration = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Inauguration))
        .expect("the inauguration");
    assert_eq!(officiant(&x, inauguration), Some("Andreas Wowor"));
    // "X bekerja sebagai Sekretaris Jendral Kemendagri dan Y duduk sebagai ...": a link
    // verb without a prefix ends the unit at "dan"; "Jendral" is "Jenderal".
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            (
                "Yohana Lumenta",
                "Sekretaris Jenderal Kementerian Dalam Negeri",
            ),
            (
                "Marthen Rumengan",
                "Kepala Biro Umum Sekretariat Daerah Provinsi Sulawesi Utara",
            ),
        ],
    );
    assert!(!h.iter().any(|(_, l)| l.contains("Marthen")), "{h:?}");
    // "setelah membuka rapat koordinasi": opening the meeting makes it a happening.
    assert!(
        x.events
            .iter()
            .any(|e| e.kinds.contains(&EventKind::CoordinationMeeting)),
        "{:#?}",
        x.events
    );
    // "Sekretariat Provinsi (Setprov) Sulut": the province's kind word is said once.
    let names: Vec<&str> = x.orgs.iter().map(|o| o.name.as_str()).collect();
    assert!(
        names.contains(&"Sekretariat Provinsi Sulawesi Utara"),
        "{names:?}"
    );
}

#[test]
fn a_verb_after_a_time_word_has_its_subject_in_that_clause() {
    // "X menjabat Pj Sekda setelah Wali Kota Y melantik 24 pejabat": Y inaugurates.
    let x = extract("subjek-anak-kalimat.txt");
    assert_eq!(x.events.len(), 1, "{:#?}", x.events);
    assert_eq!(officiant(&x, &x.events[0]), Some("Maurits Mantiri"));
    // A post named inside a quotation is not the subject of the verb after it ("\"Pj Sekda
    // ...,\" jelas Wali Kota Y usai melantik Pj Sekda": Y, not the new Pj Sekda).
    let x = extract("kutipan-jabatan.txt");
    assert_eq!(x.events.len(), 1, "{:#?}", x.events);
    assert_eq!(officiant(&x, &x.events[0]), Some("Maurits Mantiri"));
}

#[test]
fn a_ranked_list_a_title_that_repeats_its_body_and_posts_with_long_or_late_parts() {
    let x = extract("seleksi-tiga-besar.txt");
    let names = persons(&x);
    // "A, LM Arifin Sabara, dan C": a word that opens names ("LM", La Ode Muhammad) opens
    // a list item.
    assert_named(
        &names,
        &[
            "Rahmat Saleh Ambar",
            "LM Arifin Sabara",
            "Hasrul Kadir Mandati",
        ],
    );
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            // "Ketua Panitia Pansel": one post, the Ketua of the Pansel (not a second
            // "Ketua Panitia" of it).
            (
                "Yusran Lamaindi",
                "Ketua Panitia Seleksi Kabupaten Wakatobi",
            ),
            // A field of four words in a list set off by commas.
            (
                "Sitti Wahida",
                "Kepala Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu, dan Perindustrian Kabupaten Wakatobi",
            ),
            // "DPUTR": the Dinas of public works under another name.
            (
                "Laode Harun",
                "Kepala Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Wakatobi",
            ),
            // "Staf Ahli Bupati Bidang ... Wakatobi X": the head's region after the unit.
            (
                "Baharudin Sau",
                "Staf Ahli Bupati Bidang Pemerintahan dan SDM Wakatobi",
            ),
        ],
    );
    assert_eq!(
        h.iter().filter(|(p, _)| p == "Yusran Lamaindi").count(),
        1,
        "{h:?}"
    );
    // "1. X, Pj Sekda sekaligus Kepala Satpol PP": a title with no region that a link word
    // joins to a second post is X's, and so is the second.
    assert_holds(
        &h,
        &[
            ("Ahmad Mursalin", "Penjabat Sekretaris Daerah Wakatobi"),
            (
                "Ahmad Mursalin",
                "Kepala Satuan Polisi Pamong Praja Kabupaten Wakatobi",
            ),
        ],
    );
    // "Salah satu calon": one of them, no count.
    assert!(
        x.events.iter().all(|e| e.participants.is_none()),
        "{:#?}",
        x.events
    );
}

#[test]
fn rules_of_sanctions_pull_quotes_local_bodies_and_a_regional_acronym_defined_in_brackets() {
    let x = extract("libur-dan-sanksi.txt");
    // "Sanksi tersebut dapat berupa ...", "Mulai dari sanksi ringan ...", "Sanksi yang dapat
    // dijatuhkan ...": what sanctions may be, not one given.
    assert!(x.events.is_empty(), "{:#?}", x.events);
    // "Kepala Badan Kepegawaian Daerah setempat X": the body is the article's place's;
    // "X, Sub Koordinator ...": a title, no person "Sub".
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            (
                "Yohanes Dimas Aritonang",
                "Kepala Badan Kepegawaian Daerah Kabupaten Kapuas Hulu",
            ),
            (
                "Stefanus Lumban",
                "Subkoordinator Disiplin dan Penghargaan Badan Kepegawaian Daerah Kabupaten Kapuas Hulu",
            ),
        ],
    );
    // "ditangani oleh Satpol": the Satpol PP written short, no person.
    assert_no_name_with(&persons(&x), &["Sub", "Satpol"]);
    // The line above the dateline repeats a quotation said later by its speaker: one
    // quotation, attributed.
    assert!(
        x.quotes.iter().all(|q| q.speaker.is_some()),
        "{:?}",
        x.quotes
    );
    assert_speaker(&x, "Sanksi ringan", "Yohanes Dimas Aritonang");
    // "Sekretariat Kabupaten (Setkab) Kapuas Hulu": the article's regional body, not the
    // cabinet secretariat the lexicon knows as "Setkab".
    let names: Vec<&str> = x.orgs.iter().map(|o| o.name.as_str()).collect();
    assert!(
        names.contains(&"Sekretariat Kabupaten Kapuas Hulu")
            && !names.contains(&"Sekretariat Kabinet"),
        "{names:?}"
    );
}

#[test]
fn desk_names_and_handles_are_no_editors_and_an_officiant_who_leads_in_person() {
    let x = extract("judul-dan-redaktur.txt");
    // "Editor : redaksipalu", "Redaktur : Tim Redaksi": a site's handle and the desk.
    let names = persons(&x);
    assert_no_name_with(&names, &["redaksi", "Redaksi", "Menjabat"]);
    // "dipimpin sendiri oleh Penjabat Wali Kota Palu X": X officiates.
    assert_eq!(x.events.len(), 1, "{:#?}", x.events);
    assert_eq!(officiant(&x, &x.events[0]), Some("Darmin Sigilipu"));
    // "Karo Humas Setda Sulawesi Tengah X": Karo is Kepala Biro.
    assert_holds(
        &holdings(&x),
        &[(
            "Ridwan Mumu",
            "Kepala Biro Humas Sekretariat Daerah Provinsi Sulawesi Tengah",
        )],
    );
}

#[test]
fn a_place_name_opening_a_name_after_a_national_body() {
    // "Kepala Badan Kepegawaian Negara (BKN) Bima Satria Wardhana": the national body takes
    // no region, so "Bima" opens the name; "kata Bima" is the same person.
    let x = extract("nama-tempat.txt");
    assert_holds(
        &holdings(&x),
        &[("Bima Satria Wardhana", "Kepala Badan Kepegawaian Negara")],
    );
    assert_speaker(&x, "Putusan yang", "Bima Satria Wardhana");
    // After a region head's title the place is the region: "Bupati Bima X".
    let x = extract("bupati-bima.txt");
    assert_holds(&holdings(&x), &[("Rahmawati Sari", "Bupati Bima")]);
}

#[test]
fn a_list_split_by_semicolons_an_assistant_with_his_field_after_the_region_and_rank_words() {
    let x = extract("calon-sekda-provinsi.txt");
    // "Asekda Jambi Bidang Pemerintahan dan Kesejahteraan Rakyat X": the field after the
    // region belongs to the post; X holds it.
    assert_holds(
        &holdings(&x),
        &[(
            "Taufik Hidayat Nasution",
            "Asisten Sekretaris Daerah Bidang Pemerintahan dan Kesejahteraan Rakyat Jambi",
        )],
    );
    // "... Pimpinan Tinggi Madya (Sekretaris Daerah)": a rank, no person holding the post.
    assert_no_name_with(&persons(&x), &["Madya"]);
    // "Ketiga nama tersebut meliputi A; B; dan C. \"...,\" katanya.": the speaker is who
    // spoke before, not the last candidate listed.
    assert_speaker(&x, "Setelah itu", "Sudirman Lubis");
    // "Pelantikan ... dijadwalkan digelar bulan ini": scheduled, not held.
    assert!(
        !x.events
            .iter()
            .any(|e| e.kinds.contains(&EventKind::Inauguration)),
        "{:#?}",
        x.events
    );
}

#[test]
fn an_event_noun_opening_its_sentence_takes_the_agent_after_when_and_where() {
    // "Pelantikan ... di ruang Pendopo ..., Jumat siang, 20 Agustus 2021 oleh Sekda X": X
    // carried it out; the guest of the next sentence did not.
    let x = extract("pelantikan-oleh.txt");
    let inauguration = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Inauguration))
        .expect("the inauguration");
    assert_eq!(officiant(&x, inauguration), Some("Djoko Gunawan"));
}

#[test]
fn a_short_pull_quote_is_the_quotation_said_later() {
    // "\"Kami siap bekerja keras\"" above the dateline, said again in full by its speaker:
    // one quotation (the pull quote is shorter than the 40 characters the first version
    // grouped by).
    let x = extract("kutipan-pendek.txt");
    assert_eq!(x.quotes.len(), 1, "{:?}", x.quotes);
    assert_speaker(&x, "Kami siap", "Andi Saputra");
}

#[test]
fn a_hospital_named_like_a_person_is_the_hospital() {
    // "Direktur RSUD Siti Aminah": the words after RSUD are the hospital's own name when
    // the article never writes them without it; "Direktur RSUD Budi Santoso ... kata
    // Budi" names a person.
    let x = extract("rumah-sakit-bernama.txt");
    let names = persons(&x);
    assert_no_name_with(&names, &["Siti", "Aminah"]);
    // "dr Nina Kartika": a lowercase honorific opens a name; "dr Hasan, Sp.PD" is a person
    // of its own, not the short form of "Hasan Basri Lubis".
    assert_named(
        &names,
        &["Budi Santoso", "Hasan", "Hasan Basri Lubis", "Nina Kartika"],
    );
    assert!(
        x.orgs
            .iter()
            .any(|o| o.name == "Rumah Sakit Umum Daerah Siti Aminah"),
        "{:?}",
        x.orgs
    );
    assert_holds(
        &holdings(&x),
        &[(
            "Hasan Basri Lubis",
            "Ketua Dewan Pengawas Rumah Sakit Umum Daerah Siti Aminah",
        )],
    );
    // "Bupati Lebak melantik dr Nina ...": the unnamed Bupati inaugurates, not Nina.
    let inauguration = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Inauguration))
        .expect("the inauguration");
    assert_eq!(officiant(&x, inauguration), None);
    // "jelas Bupati" names no one, and "ujarnya" after it is the same unnamed speaker.
    assert_unattributed(&x, "Pelayanan");
    assert_unattributed(&x, "Kami akan");
    assert_speaker(&x, "Antrean", "Budi Santoso");
}

#[test]
fn a_given_name_that_is_a_common_word_a_reversed_quote_mark_and_mere_chances() {
    let x = extract("restu-dan-kutipan-terbalik.txt");
    // "Restu" (blessing, also a kind of letter) opens a name before other name words.
    assert_holds(
        &holdings(&x),
        &[
            (
                "Restu Anggraini Putri",
                "Penjabat Sementara Wali Kota Tegal",
            ),
            // "Drs. H. Rahmat S, M.Si yang merupakan ...": an initial that ends the name
            // before its degree.
            ("Rahmat S", "Asisten I Sekretariat Daerah Kota Tegal"),
        ],
    );
    // "”Semua sudah ...,” kata Restu Anggraini": a quotation opened with the closing mark.
    assert_speaker(&x, "Semua sudah", "Restu Anggraini Putri");
    // "kesempatan promosi", "setiap mutasi jabatan", "sulit ... untuk merotasi": no
    // happenings; only the inauguration is.
    let kinds: BTreeSet<EventKind> = x.events.iter().flat_map(|e| e.kinds.clone()).collect();
    assert_eq!(
        kinds,
        BTreeSet::from([EventKind::Inauguration]),
        "{:#?}",
        x.events
    );
    let inauguration = &x.events[0];
    assert_eq!(officiant(&x, inauguration), Some("Restu Anggraini Putri"));
}

#[test]
fn new_holders_after_yang_baru_and_subjects_that_are_no_officiants() {
    let x = extract("direktur-baru.txt");
    // "Kepala Dinas Kesehatan yang baru, Wulan Sari", "Direktur RSUD Zainal Abidin yang
    // baru, dr Agus Salim": the new holders (one post each, not "Direktur RSUD" beside
    // "Direktur").
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            (
                "Wulan Sari",
                "Kepala Dinas Kesehatan Kabupaten Lampung Timur",
            ),
            (
                "Agus Salim",
                "Direktur Rumah Sakit Umum Daerah Zainal Abidin",
            ),
        ],
    );
    assert_eq!(
        h.iter().filter(|(p, _)| p == "Agus Salim").count(),
        1,
        "{h:?}"
    );
    let on = |day: u32| {
        x.events
            .iter()
            .find(|e| matches!(e.date, Some(DateValue::Full { day: d, .. }) if d == day))
            .unwrap_or_else(|| panic!("an event on day {day}: {:#?}", x.events))
    };
    // "penandatanganan berita acara pelantikan yang dilakukan oleh X": X signed.
    assert_eq!(officiant(&x, on(8)), None);
    // "Pemkab Lampung Timur langsung melantik Bambang Irawan": a body is the subject.
    assert_eq!(officiant(&x, on(9)), None);
    // "Lantaran Rina dianggap cakap, maka pihaknya segera melantik ...": Rina is in the
    // subordinate clause.
    assert_eq!(officiant(&x, on(12)), None);
}

#[test]
fn amendments_groups_bodies_of_bodies_and_ways_of_acting() {
    let x = extract("amandemen-dan-mereka.txt");
    // "Deputi Bidang ... BNPP Kemendagri, Yosef Lamuri": the body the post's body belongs
    // to stands between the post and its holder.
    assert_holds(
        &holdings(&x),
        &[(
            "Yosef Lamuri",
            "Deputi Bidang Pengelolaan Batas Wilayah Negara Badan Nasional Pengelola Perbatasan",
        )],
    );
    // "Perpres 21/2024 tentang Perubahan Atas Perpres 16/2016 ...": the act rests on the
    // amendment.
    let basis: Vec<Vec<String>> = x.events[0]
        .basis
        .iter()
        .map(|&l| x.laws[l].numbers.clone())
        .collect();
    assert_eq!(basis, [vec!["21".to_string()]]);
    // "kata mereka": a group, no one speaker.
    assert_unattributed(&x, "Kami siap");
    // "melalui Sekretaris Dinas Yohanes, ...": no body called "Dinas Yohanes".
    assert!(
        x.orgs.iter().all(|o| !o.name.contains("Yohanes")),
        "{:?}",
        x.orgs
    );
    // "berhati-hati dalam melaksanakan mutasi": no transfer.
    assert!(
        x.events
            .iter()
            .all(|e| !e.kinds.contains(&EventKind::Transfer)),
        "{:#?}",
        x.events
    );
}

#[test]
fn a_numbered_category_is_no_name_and_a_quoted_maka_no_clause() {
    let x = extract("honorer-dan-seleksi.txt");
    // "honorer Kategori dua (K2)": "honorer" leads names, but a word numbered after it is
    // a category.
    assert_no_name_with(&persons(&x), &["Kategori"]);
    // "“..., maka kami melakukan ...,” ungkapnya saat membuka ...": the "maka" inside the
    // quotation opens no main clause of the narration; the speaker opened the selection.
    let selection = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Selection))
        .expect("the selection");
    assert_eq!(officiant(&x, selection), Some("Yohana Lerik"));
}

#[test]
fn an_inspektur_of_a_region_heads_its_inspektorat() {
    // "Inspektur Provinsi Bengkulu, X" and "Inspektur Inspektorat Kabupaten Lebak X": the
    // same kind of post, in the region's Inspektorat.
    let x = extract("inspektur-provinsi.txt");
    assert_holds(
        &holdings(&x),
        &[
            (
                "Sukma Wardani",
                "Inspektur Inspektorat Daerah Provinsi Bengkulu",
            ),
            (
                "Asep Hidayat",
                "Inspektur Inspektorat Daerah Kabupaten Lebak",
            ),
        ],
    );
    // "Asisten Administrasi dan Umum, Inspektur Provinsi Bengkulu, ...": a unit word
    // before the title is no holder.
    assert_no_name_with(&persons(&x), &["Umum"]);
}

#[test]
fn each_event_rests_on_the_decree_cited_with_it() {
    // Two inaugurations on different days, each cited with its own decree: neither decree is
    // the other event's basis, though both sentences name an inauguration and one decree
    // follows the first event's last sentence.
    let x = extract("dua-keputusan.txt");
    let mut basis: Vec<(String, Vec<String>)> = x
        .events
        .iter()
        .map(|e| {
            (
                e.date.map(|d| d.lexical()).unwrap_or_default(),
                e.basis
                    .iter()
                    .flat_map(|&l| x.laws[l].numbers.clone())
                    .collect(),
            )
        })
        .collect();
    basis.sort();
    assert_eq!(
        basis,
        [
            ("2024-07-08".to_string(), vec!["188/311".to_string()]),
            ("2024-10-10".to_string(), vec!["188/502".to_string()]),
        ]
    );
}

#[test]
fn two_events_reported_in_one_sentence_keep_their_own_details() {
    // A socialization and an inauguration in one sentence, on one day: each event's officiant,
    // place and count are read from its own words (the inauguration's verb, not the
    // socialization's noun).
    let x = extract("dua-acara.txt");
    let of_kind = |k: EventKind| {
        x.events
            .iter()
            .find(|e| e.kinds.contains(&k))
            .unwrap_or_else(|| panic!("no {k:?} event"))
    };
    let place = |e: &asnkg::extract::Event| e.location.map(|p| x.places[p].name.clone());
    let inauguration = of_kind(EventKind::Inauguration);
    let socialization = of_kind(EventKind::Socialization);
    assert_eq!(officiant(&x, inauguration), Some("Hendra Wiratama"));
    assert_eq!(inauguration.participants, Some(24));
    assert_eq!(place(inauguration).as_deref(), Some("Pendopo Kabupaten"));
    assert_eq!(socialization.participants, None);
    assert_eq!(place(socialization).as_deref(), Some("Aula Serbaguna"));
}

#[test]
fn an_election_day_dates_no_event() {
    // "hasil Pilkada serentak 9 Desember 2020", "menjelang pemungutan suara 27 November
    // 2024": the day of a vote is not when an inauguration or a socialization happened.
    let x = extract("pilkada-serentak.txt");
    let mut events: Vec<(Vec<EventKind>, String)> = x
        .events
        .iter()
        .map(|e| {
            (
                e.kinds.iter().copied().collect(),
                e.date.map(|d| d.lexical()).unwrap_or_default(),
            )
        })
        .collect();
    events.sort();
    assert_eq!(
        events,
        [
            (vec![EventKind::Inauguration], "2021-02-26".to_string()),
            (vec![EventKind::Socialization], String::new()),
        ]
    );
}

#[test]
fn a_person_a_pronoun_speaks_of_does_not_speak_the_next_quote() {
    // "Ia menambahkan, ... masa jabatan Sekda Eman Suherman diperpanjang. "...," ujarnya":
    // Eman is what Dedi spoke of; the quote is still Dedi's.
    let x = extract("ia-menambahkan.txt");
    assert_speaker(&x, "ASN harus netral", "Dedi Kurniawan");
    assert_speaker(&x, "Kita tunggu saja", "Dedi Kurniawan");
}

#[test]
fn a_regulation_of_the_election_commission_written_in_full_is_read() {
    // "Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2024" is the KPU's, like "PKPU".
    let x = extract("ia-menambahkan.txt");
    assert_eq!(
        laws(&x),
        [
            "PeraturanBadan 8 Some(2024) kpu",
            "UndangUndang 20 Some(2023) "
        ]
    );
}

#[test]
fn a_lower_case_title_set_off_before_a_body_is_the_names_post() {
    // "Rudi Hartanto, kepala Badan Kepegawaian Daerah (BKD) Kabupaten Blitar membenarkan
    // ...": the post of the name before the comma (some outlets write titles in lower case);
    // "Menurut Rudi, kepala dinas wajib ..." speaks of any head of office.
    let x = extract("kepala-huruf-kecil.txt");
    assert_eq!(
        holdings(&x),
        [(
            "Rudi Hartanto".to_string(),
            "Kepala Badan Kepegawaian Daerah Kabupaten Blitar".to_string()
        )]
    );
    assert_speaker(&x, "Semua sudah melalui", "Rudi Hartanto");
}

#[test]
fn a_list_of_village_heads_by_village_names_no_one() {
    // "Kades Sungai Undang, Kades Bangun Harja, Kades Tanjung Hara Baru, dan Kades
    // Kartamulia": each item's capitalised words are its village (the last is one word,
    // too short for a village and a name), not the holder of the next item's post.
    let x = extract("kades-netralitas.txt");
    assert_eq!(persons(&x), ["Ahmad Fauzan"]);
    assert_eq!(
        holdings(&x),
        [(
            "Ahmad Fauzan".to_string(),
            "Ketua Badan Pengawas Pemilihan Umum Kabupaten Seruyan".to_string()
        )]
    );
}

#[test]
fn a_ministers_regulation_misspelt_and_amended_in_lower_case_is_read() {
    // "peraturan Mentri Dalam Negeri Nomor 1 tahun 2018 tentang perubahan atas peraturan
    // Mentri Dalam Negeri Nomor 74 Tahun 2016 tentang cuti ...": two regulations of the
    // home minister (a common misspelling), the first amending the second; the
    // inauguration rests on the amendment.
    let x = extract("mentri-cuti.txt");
    assert_eq!(
        laws(&x),
        [
            "PeraturanMenteri 1 Some(2018) kemendagri",
            "PeraturanMenteri 74 Some(2016) kemendagri"
        ]
    );
    let basis: Vec<&str> = x.events[0]
        .basis
        .iter()
        .flat_map(|&l| x.laws[l].numbers.iter().map(String::as_str))
        .collect();
    assert_eq!(basis, ["1"]);
}

#[test]
fn dotted_initials_a_name_after_nama_and_units_in_lists_of_appointments() {
    // "Drs. Bonifasius T.H Situmorang": dotted initials inside a name; "Nama Gatot Subroto
    // dilantik": "Nama" (name) opens no name; "Asisten ... Rakyat dan Joko Prasetyo
    // sebagai": a unit ends before the next name of the list, and "Bidang Pemerintahan,
    // Hukum, dan Politik" keeps its last field.
    let x = extract("rotasi-inisial.txt");
    assert_holds(
        &holdings(&x),
        &[
            (
                "Bonifasius T.H Situmorang",
                "Kepala Dinas Lingkungan Hidup Kabupaten Sidoarjo",
            ),
            (
                "Rizal Efendi",
                "Asisten Pemerintahan dan Kesejahteraan Rakyat Sekretariat Daerah Kabupaten Sidoarjo",
            ),
            (
                "Joko Prasetyo",
                "Kepala Dinas Perumahan dan Permukiman Kabupaten Sidoarjo",
            ),
            (
                "Gatot Subroto",
                "Staf Ahli Bupati Bidang Pemerintahan, Hukum, dan Politik Sidoarjo",
            ),
        ],
    );
    assert_eq!(
        persons(&x),
        [
            "Ahmad Muhdlor",
            "Bonifasius T.H Situmorang",
            "Gatot Subroto",
            "Joko Prasetyo",
            "Rizal Efendi"
        ]
    );
}

#[test]
fn a_name_before_a_former_post_is_a_person_who_does_not_hold_it() {
    // "Ridwan Hakim eks Camat Air Gegas", "Sumantri Wijaya, mantan Lurah Tanjung Ketapang":
    // persons, and neither holds the post now.
    let x = extract("mantan-lurah.txt");
    assert_eq!(
        persons(&x),
        ["Ridwan Hakim", "Sumantri Wijaya", "Suprayogi"]
    );
    assert_eq!(
        holdings(&x),
        [(
            "Suprayogi".to_string(),
            "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Bangka Selatan"
                .to_string()
        )]
    );
}

#[test]
fn a_move_from_posts_with_a_short_form_in_brackets_reaches_the_new_post() {
    // "Sugeng Haryanto dari Sekretaris Dewan (Sekwan) dan Plt Kepala Disdikbud menjadi
    // Kepala Disdikbud": both posts are left, the last one is taken.
    let x = extract("dari-sekwan.txt");
    assert_eq!(
        holdings(&x),
        [
            (
                "Eko Prasetyo".to_string(),
                "Kepala Dinas Sosial Kabupaten Kendal".to_string()
            ),
            (
                "Slamet Riyadi".to_string(),
                "Penjabat Bupati Kendal".to_string()
            ),
            (
                "Sugeng Haryanto".to_string(),
                "Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Kendal".to_string()
            ),
        ]
    );
}

#[test]
fn a_title_glued_to_a_bodys_short_form_is_no_part_of_a_name() {
    // "Kadispermasdes Hadi Prasetiawan", "Kadinperkimtaru Zaenal Djasmin", "Sekdin Budi
    // Santoso": a head's or secretary's title written as one word with the body's short
    // form; the name follows it. "Kadisah Rahmawati" is a name: "disah" is no body's short
    // form.
    let x = extract("gelar-menempel.txt");
    assert_eq!(
        persons(&x),
        [
            "Budi Santoso",
            "Hadi Prasetiawan",
            "Kadisah Rahmawati",
            "Umi Azizah",
            "Zaenal Djasmin"
        ]
    );
}

#[test]
fn a_secretary_of_an_office_does_not_hold_the_office() {
    // "Sekretaris Direktur Jenderal Otonomi Daerah Kemendagri, Drs. Hendra Kusuma": one post,
    // the secretary's; Hendra is not the director general.
    let x = extract("sekretaris-dirjen.txt");
    assert_eq!(
        holdings(&x),
        [(
            "Hendra Kusuma".to_string(),
            "Sekretaris Direktur Jenderal Otonomi Daerah Kementerian Dalam Negeri".to_string()
        )]
    );
}

#[test]
fn a_school_named_by_number_and_place_is_the_unit_of_its_head() {
    // "Kepala SMAN 2 Sukarame Wardoyo pindah kepala SMAN 1 Pagaralam": the school's place
    // is no part of the head's name, and the move ends at the new post, as "pindah ke"
    // does after a name set off by commas.
    let x = extract("kepsek-bergeser.txt");
    // "Kepala Sekolah SMPN 2 Gunungsugih": the school after the words of its kind.
    assert_eq!(
        persons(&x),
        ["Misnawati", "Rustam Efendi", "Wardoyo", "Yohanes Sinaga"]
    );
    assert_eq!(
        holdings(&x),
        [
            ("Misnawati".into(), "Kepala SMKN 1 Gunungsugih".into()),
            (
                "Rustam Efendi".into(),
                "Kepala SMA Negeri 4 Kotaagung".into()
            ),
            ("Wardoyo".into(), "Kepala SMAN 1 Pagaralam".into()),
            (
                "Yohanes Sinaga".into(),
                "Kepala Sekolah SMPN 2 Gunungsugih".into()
            ),
        ]
    );
}

#[test]
fn a_count_in_a_breakdown_is_not_the_events_count() {
    // "yakni 6 ASN untuk wilayah A, 5 ASN untuk wilayah B, dan 9 ASN ...": parts of a list;
    // "sejumlah 215 ASN sudah diberikan sanksi" is the count.
    let x = extract("sanksi-per-wilayah.txt");
    let sanction = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Sanction))
        .expect("a sanction");
    assert_eq!(sanction.participants, Some(215));
    // "yakni 120 guru SD, 75 guru SMP, 40 guru SMA serta 5 pengawas": no total is given.
    let x = extract("rincian-mutasi.txt");
    assert_eq!(x.events.len(), 1);
    assert_eq!(x.events[0].participants, None);
}

#[test]
fn a_defendant_is_named_and_a_rule_explained_is_no_event() {
    // "Terdakwa Wahyudi Prasetyo dituntut ...": a name after "terdakwa"; in the title-case
    // headline "Jadi Terdakwa Kasus Suap" the word after it is none. "menjelaskan apabila
    // PNS ditahan ... maka diberhentikan sementara" explains a rule: no sanction happened.
    let x = extract("terdakwa-pns.txt");
    assert_eq!(
        persons(&x),
        ["Rosmalia Indah", "Suharman", "Wahyudi Prasetyo"]
    );
    assert!(x.events.is_empty(), "{:?}", x.events);
}

#[test]
fn a_list_of_names_each_followed_by_its_post_and_a_call_name_without_comma() {
    // "yakni Sulistyono, Kepala Dinas Pendidikan ..., Haryanto, Kepala Badan ..., serta
    // Widodo selaku ...": each name holds the post after it. "kata Yoyok sapaan karibnya":
    // the call name of the head of BKD named before the quotation. "Tantangan sebagai
    // Sekda": a common noun, no name.
    let x = extract("calon-sekda-tiga.txt");
    assert_eq!(
        persons(&x),
        ["Haryanto", "Sulistyono", "Suryo Handoko Prasetyo", "Widodo"]
    );
    assert_holds(
        &holdings(&x),
        &[
            ("Sulistyono", "Kepala Dinas Pendidikan Kabupaten Klaten"),
            (
                "Haryanto",
                "Kepala Badan Pengelolaan Keuangan dan Pendapatan Daerah Kabupaten Klaten",
            ),
        ],
    );
    assert_eq!(holdings(&x).len(), 4);
    assert_speaker(&x, "Berkas ketiga", "Suryo Handoko Prasetyo");
}

#[test]
fn a_governor_in_lower_case_who_speaks_is_the_governor_named() {
    // "menurut gubernur, ini tidak akan menjadi masalah. "..." ujarnya": the governor
    // speaks, not the last official named; a list of those inaugurated ("..., AM Yusran
    // sebagai ...", two initials and a name) is not who "ujarnya" points back to.
    let x = extract("menurut-gubernur.txt");
    assert_named(&persons(&x), &["AM Yusran"]);
    // "Gubernur yang akrab disapa Daeng Baso ini": the call name of the governor named
    // in the sentence before.
    assert!(!persons(&x).contains(&"Daeng Baso"), "{:?}", persons(&x));
    assert!(
        person(&x, "Andi Baso Mappaturung")
            .short_forms
            .contains("Daeng Baso"),
        "{:?}",
        person(&x, "Andi Baso Mappaturung")
    );
    assert_speaker(&x, "Saya berharap", "Andi Baso Mappaturung");
    assert_speaker(&x, "Caretaker memastikan", "Andi Baso Mappaturung");
    // "rekomendasi pemecatan terhadap lima pegawai": a dismissal, of five.
    let sanction = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Sanction))
        .expect("a sanction");
    assert_eq!(sanction.participants, Some(5));
}

#[test]
fn short_head_titles_acting_posts_and_an_initial_after_an_honorific() {
    // "Kadishub Rudi Hartono", "Kasatpol PP Sofyan Effendi": the head of the body, its post
    // labelled in full; "Kepala Dinas Pariwisata, Wahyu Hidayat ditugaskan sebagai Plt
    // Kepala Dinas Perikanan": the acting post is held beside his own; "Drs M Yunus": the
    // initial belongs to the name; "Bandarlampung" is the city.
    let x = extract("plt-dan-kadis.txt");
    assert_eq!(
        persons(&x),
        ["M Yunus", "Rudi Hartono", "Sofyan Effendi", "Wahyu Hidayat"]
    );
    assert_holds(
        &holdings(&x),
        &[
            (
                "Rudi Hartono",
                "Kepala Dinas Perhubungan Kota Bandar Lampung",
            ),
            (
                "Sofyan Effendi",
                "Kepala Satuan Polisi Pamong Praja Kota Bandar Lampung",
            ),
            (
                "Wahyu Hidayat",
                "Kepala Dinas Pariwisata Kota Bandar Lampung",
            ),
            (
                "Wahyu Hidayat",
                "Pelaksana Tugas Kepala Dinas Perikanan Kota Bandar Lampung",
            ),
            (
                "M Yunus",
                "Pelaksana Harian Kepala Inspektorat Daerah Kota Bandar Lampung",
            ),
        ],
    );
    assert_speaker(&x, "Semua dinas", "M Yunus");
}

#[test]
fn the_post_a_selection_is_for_and_a_regional_body_the_article_defines() {
    // "ujar Ketua Pansel JPT Pratama Sekda Garut Prof Dadang Kurniawan": he chairs the
    // panel, does not hold the Sekda's post, and speaks. "Badan Kepegawaian dan Diklat
    // (BKD) Garut ... BKD": one body, the article's, not the lexicon's Badan Kepegawaian
    // Daerah as well.
    let x = extract("pansel-dan-bkd.txt");
    assert_eq!(
        holdings(&x),
        [(
            "Asep Mulyana".to_string(),
            "Kepala Badan Kepegawaian dan Diklat Kabupaten Garut".to_string()
        )]
    );
    assert_speaker(&x, "Dengan penetapan", "Dadang Kurniawan");
    let bodies: Vec<&str> = x
        .orgs
        .iter()
        .map(|o| o.name.as_str())
        .filter(|n| n.starts_with("Badan Kepegawaian"))
        .collect();
    assert_eq!(bodies, ["Badan Kepegawaian dan Diklat Kabupaten Garut"]);
}

#[test]
fn acting_titles_with_a_dot_names_around_initials_and_lists_of_places() {
    // "Pjs. Gubernur", "Pjs. Bupati Kutai Timur": the dot ends no sentence; "Budi Hari
    // Santoso": a given name that is also a word, inside a name; "M.Yahya Rumlus": an
    // initial glued to the name; "Kepala Puskesmas Ohoidertawun, Debut, dan Ngilngof": three
    // places, no holder; "Markus Watratan, seorang Camat": an apposition; "guru TK Pertiwi":
    // a kindergarten; "1. Yosef Renyaan: Kepala Dinas ...": a numbered line; "tegas surat
    // yang ditandatangani ...": a letter speaks, nobody named; "yakni Dr Paulus Renwarin MSi
    // dan Agustinus Ngabalin": a list after a name with an honorific goes on.
    let x = extract("pjs-dan-puskesmas.txt");
    assert_eq!(
        persons(&x),
        [
            "Agustinus Ngabalin",
            "Andi Rahmat Saleh",
            "Budi Hari Santoso",
            "M. Yahya Rumlus",
            "Markus Watratan",
            "Paulus Renwarin",
            "Sri Wahyuni",
            "Yosef Renyaan"
        ]
    );
    assert_eq!(
        holdings(&x),
        [
            (
                "Andi Rahmat Saleh".to_string(),
                "Penjabat Sementara Gubernur Kalimantan Timur".to_string()
            ),
            (
                "Budi Hari Santoso".to_string(),
                "Penjabat Sementara Bupati Kutai Timur".to_string()
            ),
            (
                "M. Yahya Rumlus".to_string(),
                "Bupati Maluku Tenggara".to_string()
            ),
        ]
    );
    assert_unattributed(&x, "Jabatan itu");
}

#[test]
fn a_verb_before_a_count_is_no_name_and_thousands_are_grouped_by_dots() {
    // "Bupati Pandeglang Coret 41 PPPK": a word before a count of people is no holder;
    // "melantik 2.140 pegawai": two thousand one hundred and forty, not 140.
    let x = extract("bupati-coret.txt");
    assert_eq!(persons(&x), ["Rudi Hermawan"]);
    assert_eq!(x.events.len(), 1);
    assert_eq!(x.events[0].participants, Some(2140));
}

#[test]
fn a_holder_so_far_a_body_named_a_and_b_and_a_pronoun_after_the_speech_verb() {
    // "mencopot Sekda Pidie yang selama ini dijabat Suhaimi": Suhaimi is named, as the
    // holder until now, not at the time of the article.
    let x = extract("sekda-dicopot.txt");
    assert_named(&persons(&x), &["Suhaimi", "Marzuki"]);
    let h = holdings(&x);
    assert!(
        !h.iter().any(|(p, _)| p == "Suhaimi" || p == "Marzuki"),
        "{h:?}"
    );
    // "Kepala Badan Pengelolaan Keuangan dan Aset, Kepala Bappeda": "Aset" ends the body's
    // name; it is no person.
    assert_no_name_with(&persons(&x), &["Aset"]);
    // "Kata dia, Ridwan merupakan ...": Ridwan is whom the speaker talks about; the
    // "sebutnya" after it is the speaker's.
    assert_speaker(&x, "Pelaksana harian itu", "Nurlaila Hasan");
}

#[test]
fn a_province_acting_in_its_capital_scopes_the_posts_not_the_city() {
    // The province's government acts, and its capital is named only as the place: a bare
    // "Pj Sekda", "Kepala BKD" are the province's.
    let x = extract("pemprov-di-ibu-kota.txt");
    assert_holds(
        &holdings(&x),
        &[
            (
                "Yohanes Mandala",
                "Penjabat Sekretaris Daerah Nusa Tenggara Timur",
            ),
            (
                "Martinus Dowa",
                "Kepala Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur",
            ),
        ],
    );
    // The city's head acts: the posts are the city's, though the province is named too.
    let x = extract("pemkot-di-ibu-kota.txt");
    assert_holds(
        &holdings(&x),
        &[(
            "Agustinus Bria",
            "Kepala Badan Kepegawaian Daerah Kota Kupang",
        )],
    );
}

#[test]
fn a_selection_panels_head_its_speech_and_words_that_are_no_names() {
    let x = extract("pansel-tiga-besar.txt");
    // "Ketua Pansel Sekda Bali, Prof Hamdan Rasyid": the Sekda post is what the panel
    // selects for, not his; he speaks after the chain of titles and the comma.
    assert!(
        !holdings(&x).iter().any(|(p, _)| p == "Hamdan Rasyid"),
        "{:?}",
        holdings(&x)
    );
    assert_speaker(&x, "Hari ini kami", "Hamdan Rasyid");
    // "ungkap Guru Besar Universitas Udayana tersebut": a professor's title, no name.
    assert_speaker(&x, "Selisih nilai", "Hamdan Rasyid");
    // "Cucu dari ...", "Jati Diri Bangsa", "12 Nama Pejabat Disetujui, Pansel ...": no
    // names.
    assert_no_name_with(&persons(&x), &["Guru", "Cucu", "Bangsa", "Disetujui"]);
    // "Pj Sekda Nyoman Arsa mewakili Gubernur Made Wirata ... mengatakan": the governor
    // is whom he stands in for; the "katanya" after is the Sekda's.
    assert_speaker(&x, "Kami minta", "Nyoman Arsa");
}

#[test]
fn initials_inside_a_name_and_a_hospital_named_after_a_doctor() {
    let x = extract("wagub-dan-rsud.txt");
    // "Wagub Sulut Ronald EA Pangemanan": one person, the initials inside his name.
    assert_named(&persons(&x), &["Ronald EA Pangemanan"]);
    assert_eq!(
        persons(&x)
            .iter()
            .filter(|p| p.contains("Pangemanan") || p.contains("Ronald"))
            .count(),
        1,
        "{:?}",
        persons(&x)
    );
    assert_speaker(&x, "Rotasi ini", "Ronald EA Pangemanan");
    // "Direktur RSUD dr Sam Ratulangi Tondano, dr Melisa Rondonuwu": the doctor named
    // after the hospital's title is the hospital's name; the one after the comma directs
    // it. With no comma ("Direktur RSUD dr Yani Tamuntuan mengatakan") the doctor does.
    assert_no_name_with(&persons(&x), &["Ratulangi"]);
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            ("Melisa Rondonuwu", "Direktur Rumah Sakit Umum Daerah"),
            ("Yani Tamuntuan", "Direktur Rumah Sakit Umum Daerah"),
        ],
    );
}

#[test]
fn a_one_word_name_takes_the_full_name_the_article_writes_elsewhere() {
    // "Promosi yang sama juga berlaku untuk Ramli Dunggio." (no cue reads the name) and
    // later "Sebelumnya Ramli menjabat ...": one person, by the full name.
    let x = extract("nama-lengkap-kemudian.txt");
    assert_named(&persons(&x), &["Ramli Dunggio"]);
    assert!(!persons(&x).contains(&"Ramli"), "{:?}", persons(&x));
    assert!(person(&x, "Ramli Dunggio").short_forms.contains("Ramli"));
}

#[test]
fn a_move_verb_said_once_for_two_moves_and_a_governors_short_title() {
    // "A bergeser menjadi Asisten ... dan Kepala Inspektorat B menjadi Kepala BKD": B has
    // left the Inspektorat too.
    let x = extract("dua-jabatan-bergeser.txt");
    let h = holdings(&x);
    assert_holds(
        &h,
        &[(
            "Sugeng Raharjo",
            "Kepala Badan Kepegawaian Daerah Kabupaten Bantul",
        )],
    );
    assert!(
        !h.iter().any(|(_, post)| post.contains("Inspektorat")),
        "{h:?}"
    );
    // "oleh Gubri": the governor of Riau's short title, no name.
    assert_no_name_with(&persons(&x), &["Gubri"]);
}

#[test]
fn the_word_after_a_district_or_village_kind_word_is_a_place() {
    // "Sekretaris Kelurahan Lowokwaru, Kecamatan Lowokwaru, kini menduduki posisi Lurah
    // Tunjungsekar": "Lowokwaru" is the district, no holder; "Kecamatan Klojen Bambang
    // Hermanto": the district, then the name.
    let x = extract("lurah-dan-kecamatan.txt");
    assert_no_name_with(&persons(&x), &["Lowokwaru", "Klojen", "Publik"]);
    assert_named(
        &persons(&x),
        &["Bambang Hermanto", "Rina Wulandari", "Nur Azizah"],
    );
    // "X, sebelumnya menjabat A menempati pos barunya sebagai B": X holds B.
    assert_holds(
        &holdings(&x),
        &[("Suharyanto", "Kepala Dinas Pemuda dan Olahraga Kota Malang")],
    );
}

#[test]
fn a_person_written_with_and_without_a_shortened_first_name_is_one_node() {
    // "Muhammad Tito Karnavian" in one article, "Tito Karnavian" in another: one IRI, so a
    // query across articles finds one minister; each graph keeps the name it wrote.
    let iri = |x: &Extraction, name: &str| {
        x.persons
            .iter()
            .find(|p| p.name == name)
            .map(|p| config().iris.person(&p.name, &config().lex))
    };
    let full = extract("mendagri-nama-lengkap.txt");
    let short = extract("amandemen-dan-mereka.txt");
    let a = iri(&full, "Muhammad Tito Karnavian");
    assert!(a.is_some(), "{:?}", persons(&full));
    assert_eq!(a, iri(&short, "Tito Karnavian"));
}

#[test]
fn a_list_of_names_and_posts_joined_by_dashes_of_any_width() {
    // "• Rahmat Sangaji – Kepala Dinas ...", "Faisal Umasugi — Kepala Dinas ...": an en or em
    // dash links a name to its post as a hyphen does.
    let x = extract("daftar-tanda-pisah.txt");
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            (
                "Rahmat Sangaji",
                "Kepala Dinas Pendidikan dan Kebudayaan Provinsi Maluku Utara",
            ),
            (
                "Yulianti Hasan",
                "Kepala Dinas Lingkungan Hidup Provinsi Maluku Utara",
            ),
            (
                "Faisal Umasugi",
                "Kepala Dinas Perhubungan Provinsi Maluku Utara",
            ),
            ("Marwah", "Kepala Dinas Sosial Provinsi Maluku Utara"),
        ],
    );
    // "(jabatan sebelumnya Kepala Dinas Kehutanan)": held before, not now.
    assert!(
        !h.iter().any(|(_, post)| post.contains("Kehutanan")),
        "{h:?}"
    );
}

#[test]
fn names_after_object_markers_elected_titles_and_linking_nouns() {
    let x = extract("amanah-dan-kepada.txt");
    let names = persons(&x);
    // "dialihkan kepada Nurul Hidayah Rahmawati": two name words or more after "kepada";
    // "Bupati terpilih Hendra Saputra": a title's elect is named (holding nothing yet).
    assert_named(&names, &["Nurul Hidayah Rahmawati", "Hendra Saputra"]);
    // "Kepala Bagian, Kepala Sub Bagian": "Bagian" is a unit, no name; "ujarnya kepada
    // Lombok Pos": the outlet told is no person.
    assert_no_name_with(&names, &["Bagian", "Lombok"]);
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            // "Negara" may end a name; "diberikan amanah sebagai" links a name to a post.
            (
                "Yoga Putra Negara",
                "Kepala Dinas Perikanan Kabupaten Sumbawa Barat",
            ),
            ("Suparman", "Staf Ahli Bidang Ekonomi"),
        ],
    );
    assert!(!h.iter().any(|(who, _)| who == "Hendra Saputra"), "{h:?}");
    // The Wakil Bupati, named by his post, reported what he coordinated with the Bupati
    // elect: his "ujarnya", not the elect's.
    assert_speaker(&x, "Pelantikan ini sudah", "Syarifuddin");
}

#[test]
fn in_a_list_of_moves_menjadi_leaves_the_first_post_and_initials_end_names() {
    let x = extract("daftar-menjadi.txt");
    let h = holdings(&x);
    // "Kepala Dinas A X menjadi Kepala Dinas B, Kepala Dinas C Y menjadi ...": each leaves
    // the first post; a swap leaves each with the other's.
    assert_holds(
        &h,
        &[
            (
                "Rina Marlina",
                "Kepala Dinas Perpustakaan dan Kearsipan Kota Kendari",
            ),
            ("Hasan Basri", "Kepala Dinas Kesehatan Kota Kendari"),
            ("Yuliana Tamrin", "Kepala Dinas Pariwisata Kota Kendari"),
            // "Ahmad Fauzi HS menjadi", "Surya Darma ZA,": initials end the name.
            ("Surya Darma ZA", "Wali Kota Kendari"),
        ],
    );
    for (who, left) in [
        ("Rina Marlina", "Kepala Dinas Sosial Kota Kendari"),
        ("Hasan Basri", "Kepala Dinas Pariwisata Kota Kendari"),
        ("Yuliana Tamrin", "Kepala Dinas Kesehatan Kota Kendari"),
        ("Ahmad Fauzi HS", "Kepala Dinas Perhubungan Kota Kendari"),
    ] {
        assert!(!h.contains(&(who.into(), left.into())), "{who}: {h:?}");
    }
    assert!(
        h.iter()
            .any(|(who, post)| who == "Ahmad Fauzi HS"
                && post.starts_with("Kepala Badan Kepegawaian")),
        "{h:?}"
    );
    // An acting post in the list, and "menjadi" said once outside a list, add a post.
    assert_holds(
        &h,
        &[
            ("Arif Setiawan", "Kepala Dinas Pangan Kota Kendari"),
            ("Nur Alam Syah", "Sekretaris Daerah Kendari"),
        ],
    );
}

#[test]
fn a_short_form_may_leave_out_middle_names_and_unit_words_are_no_name() {
    let x = extract("nama-lompat-dan-bidang.txt");
    // "Komang Sutama" for "I Komang Gede Sutama": one person, who says both quotations.
    let names = persons(&x);
    assert!(!names.contains(&"Komang Sutama"), "{names:?}");
    assert_speaker(&x, "Prosesnya terbuka", "I Komang Gede Sutama");
    // "Staf Ahli Bupati Bidang Ekonomi Wayan Sudarsana menjadi ...": "Ekonomi" is the
    // field of the post before, not the first word of the name read back from "menjadi".
    assert_named(&names, &["Wayan Sudarsana", "Ni Made Suartini"]);
    // "Disusul Ni Made Suartini, ...": a passive verb opening the sentence is no name.
    assert_no_name_with(&names, &["Ekonomi", "Disusul"]);
    assert_holds(
        &holdings(&x),
        &[("Wayan Sudarsana", "Kepala Dinas Sosial Kabupaten Buleleng")],
    );
}

#[test]
fn paired_names_before_paired_titles_and_a_titles_short_form_in_front_of_its_brackets() {
    let x = extract("pasangan-dan-singkatan.txt");
    let h = holdings(&x);
    // "A-B sebagai bupati dan wakil bupati Luwu Timur": A is the Bupati, B the Wakil.
    assert_holds(
        &h,
        &[
            ("Hasanuddin Lopa", "Bupati Luwu Timur"),
            ("Sitti Rahmah Daeng", "Wakil Bupati Luwu Timur"),
        ],
    );
    assert!(
        !h.contains(&("Sitti Rahmah Daeng".into(), "Bupati Luwu Timur".into())),
        "{h:?}"
    );
    // "Asda (Asisten Daerah) III": the title's short form, no person; "Pasangan" no name.
    assert_no_name_with(&persons(&x), &["Asda", "Pasangan"]);
}

#[test]
fn a_replacement_an_inaugurated_name_and_districts_named_by_their_camat() {
    let x = extract("camat-diganti.txt");
    let h = holdings(&x);
    // "A menggantikan B sebagai Camat Rappocini": A holds it, B no longer.
    assert_holds(&h, &[("Andi Nurhaedah", "Camat Rappocini")]);
    assert!(!h.iter().any(|(who, _)| who == "Muh Ridwan Saleh"), "{h:?}");
    assert_named(&persons(&x), &["Muh Ridwan Saleh"]);
    // "yakni Tamalate dan Rappocini" with "Camat Tamalate" elsewhere: districts, no persons.
    assert_no_name_with(&persons(&x), &["Tamalate", "Rappocini"]);
    // "dilantik Hendra Kurniawan sebagai Sekretaris ...": the one inaugurated, not who
    // officiated.
    let officiants: Vec<_> = x.events.iter().filter_map(|e| e.officiant).collect();
    assert!(officiants.is_empty(), "{officiants:?}");
    assert_holds(
        &h,
        &[("Hendra Kurniawan", "Sekretaris Dinas Sosial Kota Makassar")],
    );
}

#[test]
fn list_items_name_colon_dari_post_menjadi_post() {
    // "- Yosep Talaohu: Dari Kepala Dinas Perhubungan menjadi Staf Ahli ...": the name, a
    // colon, the post left ("Dari", capitalised), then the post taken.
    let x = extract("daftar-dari-menjadi.txt");
    let h = holdings(&x);
    assert_holds(
        &h,
        &[
            (
                "Yosep Talaohu",
                "Staf Ahli Gubernur Bidang Ekonomi dan Pembangunan Maluku Utara",
            ),
            (
                "Marthen Kiriwaib",
                "Kepala Dinas Sosial Provinsi Maluku Utara",
            ),
        ],
    );
    assert!(
        !h.iter()
            .any(|(who, post)| who == "Yosep Talaohu" && post.contains("Perhubungan")),
        "{h:?}"
    );
    // "Bidang Pengembangan Otonomi Khusus menjadi ...": the field's last words are no name.
    assert_no_name_with(&persons(&x), &["Otonomi", "Khusus"]);
}

#[test]
fn a_move_told_in_a_later_sentence_ends_the_posts_named_before() {
    let x = extract("camat-dimutasi-kemudian.txt");
    let h = holdings(&x);
    // "Camat Kaliurang Rosita Hendrayani" in one sentence, "Rosita Hendrayani dimutasi
    // sebagai sekretaris Dinas Sosial" in the next; the other two share the verb.
    let moves = [
        (
            "Rosita Hendrayani",
            "Sekretaris Dinas Sosial Kabupaten Wonosobo",
        ),
        (
            "Warsono",
            "Sekretaris Badan Kesatuan Bangsa dan Politik Kabupaten Wonosobo",
        ),
        (
            "Bambang Priyatmoko",
            "Kepala Bagian Umum Sekretariat Daerah Kabupaten Wonosobo",
        ),
    ];
    assert_holds(&h, &moves);
    for (who, post) in moves {
        let held: Vec<&String> = h.iter().filter(|(p, _)| p == who).map(|(_, l)| l).collect();
        assert_eq!(held, [post], "{who}: {h:?}");
    }
    // "Kepala Dinas A X dimutasi sebagai Kepala Dinas B" in one sentence: X holds B only.
    let tri: Vec<&String> = h
        .iter()
        .filter(|(p, _)| p == "Tri Haryanto")
        .map(|(_, l)| l)
        .collect();
    assert_eq!(
        tri,
        ["Kepala Dinas Lingkungan Hidup Kabupaten Wonosobo"],
        "{h:?}"
    );
    // "Seperti Agus Salim yang semula ...": the opener is no name word.
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert!(names.contains(&"Agus Salim"), "{names:?}");
    // An acting post is held beside one's own: moving from one acting post to another
    // leaves the own post standing.
    assert_holds(
        &h,
        &[
            ("Suryanto", "Kepala Dinas Pertanian Kabupaten Wonosobo"),
            (
                "Suryanto",
                "Pelaksana Tugas Kepala Dinas Pangan Kabupaten Wonosobo",
            ),
        ],
    );
}

#[test]
fn a_government_short_form_in_brackets_initials_and_a_list_with_schools() {
    let x = extract("kepala-sekolah-disanksi.txt");
    // "Pemerintah Kabupaten (Pemkab) Banjarnegara": the short form in brackets before the
    // region.
    assert!(
        x.orgs
            .iter()
            .any(|o| o.name == "Pemerintah Kabupaten Banjarnegara"),
        "{:?}",
        x.orgs
    );
    // "yakni Sri Wahyuningsih (SDN 2 Mandiraja), Teguh Riyanto (SDN 1 Kalibening), ...":
    // every item of the list is a person.
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    for who in ["Sri Wahyuningsih", "Teguh Riyanto", "Darsini", "Kuswanto"] {
        assert!(names.contains(&who), "{who} missing from {names:?}");
    }
    // "Camat Pagedongan A J Sumarno": two initials without dots open the name.
    assert_holds(&holdings(&x), &[("A J Sumarno", "Camat Pagedongan")]);
    // "pelanggaran ... yang dilakukan oleh Camat Pagedongan": the camat offended; he did
    // not carry out the sanction.
    let sanction = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Sanction))
        .expect("the sanction is read");
    assert_eq!(officiant(&x, sanction), None, "{sanction:?}");
}

#[test]
fn schools_name_places_and_a_former_clause_names_persons() {
    let x = extract("kepala-sekolah-baru.txt");
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    // "X yang sebelumnya guru ...", "Sementara X, yang sebelumnya ...": persons.
    for who in ["Rina Kartikasari", "Joko Waluyo", "Hartono"] {
        assert!(names.contains(&who), "{who} missing from {names:?}");
    }
    // "kepala SMAN Grogol kini ...", "di SMKN Gurah kini ...": the word after a school's
    // kind is its place, not a person holding the next post.
    for place in ["Grogol", "Gurah", "Kras"] {
        assert!(
            !names.contains(&place),
            "{place} read as a person: {names:?}"
        );
    }
}

#[test]
fn linked_holders_win_over_the_next_clause_subject_and_heads_named_by_verbs() {
    let x = extract("pejabat-menduduki.txt");
    let h = holdings(&x);
    let posts = [
        (
            "Bambang Sutrisno",
            "Kepala Badan Pendapatan Daerah Kota Kendari",
        ),
        (
            "Yusran Halim",
            "Kepala Badan Penelitian dan Pengembangan Daerah Kota Kendari",
        ),
        ("Nur Aisyah", "Kepala Dinas Sosial Kota Kendari"),
    ];
    assert_holds(&h, &posts);
    // "A menduduki jabatan Kepala Bapenda, B dipilih mengepalai ...": B is the next
    // clause's subject, not the Bapenda's head.
    let yusran: Vec<&String> = h
        .iter()
        .filter(|(p, _)| p == "Yusran Halim")
        .map(|(_, l)| l)
        .collect();
    assert_eq!(yusran, [posts[1].1], "{h:?}");
    // "Untuk Asisten ... disandang mantan Camat Poasia Ridwan Saputra": the holder comes
    // after the former post, which he no longer holds.
    assert!(
        h.iter()
            .any(|(p, l)| p == "Ridwan Saputra" && l.starts_with("Asisten Perekonomian")),
        "{h:?}"
    );
    assert!(!h.iter().any(|(_, l)| l.starts_with("Camat")), "{h:?}");
    // "Kepala Dinas Kesehatan Kota Kendari yakni Wayan Sudarma ditugaskan sebagai Plt ...":
    // "yakni" equates the title with the name after it; the acting post is held beside.
    assert_holds(
        &h,
        &[
            ("Wayan Sudarma", "Kepala Dinas Kesehatan Kota Kendari"),
            (
                "Wayan Sudarma",
                "Pelaksana Tugas Kepala Dinas Pendidikan Kota Kendari",
            ),
        ],
    );
    // "Pelantikan ... dilakukan langsung oleh Wali Kota Kendari X": he officiates.
    let e = x
        .events
        .iter()
        .find(|e| e.kinds.contains(&EventKind::Inauguration))
        .expect("the inauguration is read");
    assert_eq!(officiant(&x, e), Some("Sulkarnain Kadir"), "{e:?}");
}

#[test]
fn a_wife_named_after_her_husband_a_lettered_commission_and_an_agent_title() {
    let x = extract("gubernur-dan-ketua-pkk.txt");
    let h = holdings(&x);
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    // "Gubernur Jambi Haris Wahyudi" first, "Ketua TP PKK Lestari Haris Wahyudi" later:
    // two persons, each with her or his own post.
    assert!(names.contains(&"Haris Wahyudi"), "{names:?}");
    assert!(names.contains(&"Lestari Haris Wahyudi"), "{names:?}");
    assert_holds(&h, &[("Haris Wahyudi", "Gubernur Jambi")]);
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Lestari Haris Wahyudi" && l == "Gubernur Jambi"),
        "{h:?}"
    );
    // "Ketua Komisi A Rahmat Hidayat": the letter names the commission.
    assert_holds(&h, &[("Rahmat Hidayat", "Ketua Komisi A")]);
    // "Profesor" is an honorific, not a name word.
    assert!(names.contains(&"Aminah Rasyid"), "{names:?}");
    // "Aminah dipercaya Gubernur Haris Wahyudi untuk ...": the title names the agent.
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Aminah Rasyid" && l == "Gubernur Jambi"),
        "{h:?}"
    );
    // "Monitoring Center for Prevention (MCP)": a programme, no person.
    assert!(
        !names.iter().any(|n| n.starts_with("Monitoring")),
        "{names:?}"
    );
}

#[test]
fn an_assistant_with_no_body_written_is_in_the_regions_setda() {
    let x = extract("pejabat-menduduki.txt");
    // "Untuk Asisten Perekonomian dan Pembangunan disandang ... Ridwan Saputra" in an
    // article about Kota Kendari: positions.tsv gives "Asisten" the body org:setda.
    assert_holds(
        &holdings(&x),
        &[(
            "Ridwan Saputra",
            "Asisten Perekonomian dan Pembangunan Sekretariat Daerah Kota Kendari",
        )],
    );
    assert!(
        x.orgs
            .iter()
            .any(|o| o.name == "Sekretariat Daerah Kota Kendari"),
        "{:?}",
        x.orgs
    );
}

#[test]
fn an_acting_official_sent_back_to_the_own_post_leaves_the_acting_one() {
    let x = extract("plt-dikembalikan.txt");
    let h = holdings(&x);
    // "Plt Kepala Dinas A, X, dikembalikan ke jabatan definitifnya sebagai B": X holds B
    // and no longer A.
    let expected = [
        ("Hamzah Arif", "Staf Ahli Bupati Dompu"),
        ("Nurul Aini", "Kepala Dinas Sosial Kabupaten Dompu"),
    ];
    for (who, post) in expected {
        let held: Vec<&String> = h.iter().filter(|(p, _)| p == who).map(|(_, l)| l).collect();
        assert_eq!(held, [post], "{who}: {h:?}");
    }
}

#[test]
fn a_name_right_before_its_title_after_a_speech_verb_and_a_title_alone_as_speaker() {
    let x = extract("ujian-dinas.txt");
    let h = holdings(&x);
    // "tutur Rudi Hartawan Pj Sekda Sambas", "didampingi Yulia Marlina Kepala BKPSDM ...":
    // no comma between the name and its title.
    assert_holds(
        &h,
        &[
            ("Rudi Hartawan", "Penjabat Sekretaris Daerah Sambas"),
            (
                "Yulia Marlina",
                "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Sambas",
            ),
        ],
    );
    // "tegas Sekda": the article's Sekda is a Penjabat.
    let q = x
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Kenaikan pangkat"))
        .expect("the quotation is read");
    assert_eq!(
        q.speaker.map(|p| x.persons[p].name.as_str()),
        Some("Rudi Hartawan")
    );
    // "Agama Islam 30 orang": a group, no person.
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.starts_with("Agama")), "{names:?}");
}

#[test]
fn functional_job_titles_listed_bare_are_no_persons() {
    let x = extract("uji-kompetensi.txt");
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    // "untuk jabatan Analis, Pranata dan Asesor SDM Aparatur": job titles.
    for word in ["Analis", "Pranata", "Asesor"] {
        assert!(!names.contains(&word), "{word} read as a person: {names:?}");
    }
    assert!(names.contains(&"Hendra Wijaya"), "{names:?}");
}

#[test]
fn a_known_call_name_is_the_person_of_its_full_name() {
    let x = extract("presiden-dan-jokowi.txt");
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    // "Presiden Joko Widodo" then "Presiden Jokowi" (person-words.tsv, call-name): one
    // person, who speaks.
    assert!(names.contains(&"Joko Widodo"), "{names:?}");
    assert!(!names.contains(&"Jokowi"), "{names:?}");
    let q = x.quotes.first().expect("the quotation is read");
    assert_eq!(
        q.speaker.map(|p| x.persons[p].name.as_str()),
        Some("Joko Widodo")
    );
    // "Rahmat dipercaya Presiden Jokowi": the title after the passive verb is the agent's.
    assert!(
        !holdings(&x)
            .iter()
            .any(|(p, l)| p == "Rahmat Sudirja" && l.starts_with("Presiden")),
        "{:?}",
        holdings(&x)
    );
}

#[test]
fn words_in_quote_marks_that_nobody_says_inside_a_sentence_are_no_quotation() {
    let x = extract("slogan-bukan-kutipan.txt");
    // "visi “Meranti Maju, Sehat dan Sejahtera”, Pemerintah ...": a slogan.
    assert!(
        !x.quotes.iter().any(|q| q.text.starts_with("Meranti Maju")),
        "{:?}",
        x.quotes
    );
    // The quotation of the speaker is kept.
    let q = x
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Disiplin bukan"))
        .expect("the quotation is read");
    assert_eq!(
        q.speaker.map(|p| x.persons[p].name.as_str()),
        Some("Siti Aisyah")
    );
}

#[test]
fn a_post_held_by_an_official_named_with_the_post_he_has_goes_to_him() {
    let x = extract("pj-dijabat-sekda.txt");
    let h = holdings(&x);
    // "Pj Bupati A dijabat Sekda A X": X holds both posts, with or without a comma
    // before the verb or before the name.
    assert_holds(
        &h,
        &[
            ("Rusli Hamid", "Penjabat Bupati Halmahera Tengah"),
            ("Rusli Hamid", "Sekretaris Daerah Halmahera Tengah"),
            ("Nurlela Abas", "Penjabat Bupati Pulau Taliabu"),
            (
                "Nurlela Abas",
                "Kepala Dinas Pendidikan Provinsi Maluku Utara",
            ),
            ("Yamin Koda", "Penjabat Bupati Halmahera Timur"),
        ],
    );
    // The governor who inaugurates them holds none of the acting posts.
    assert!(
        !h.iter()
            .any(|(p, l)| p == "Hasan Basri Lamatta" && l.starts_with("Penjabat")),
        "{h:?}"
    );
}

#[test]
fn selection_panels_their_chairs_and_the_questions_asked_about_a_post() {
    let x = extract("ditanya-soal-sekda.txt");
    let h = holdings(&x);
    // "Ketua Pansel JPT Pratama Kabupaten Blitar, X": the panel under one of its long
    // names (organizations.tsv aliases), scoped to the region.
    assert_holds(
        &h,
        &[("Hendra Wiratama", "Ketua Panitia Seleksi Kabupaten Blitar")],
    );
    // "Panitia Seleksi (Pansel) Terbuka": "Terbuka" is no name (stopwords.txt).
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("Terbuka")), "{names:?}");
    // "Ditanya soal siapa yang akan dijadikan Sekda Kabupaten Blitar, Rahmat menjawab":
    // the post is what he was asked about, not his.
    assert_holds(&h, &[("Rahmat Santoso", "Bupati Blitar")]);
    assert!(
        !h.iter().any(|(_, l)| l.starts_with("Sekretaris Daerah")),
        "{h:?}"
    );
    // "Pria yang akrab disapa Abah Rahmat": "Abah" is an honorific, so the quotation's
    // speaker is the regent, not a second person.
    assert!(!names.iter().any(|n| n.starts_with("Abah")), "{names:?}");
    assert_eq!(
        x.persons
            .iter()
            .filter(|p| p.name.contains("Rahmat"))
            .count(),
        1,
        "{names:?}"
    );
}

#[test]
fn a_regency_named_after_its_own_bodies_is_what_the_article_is_about() {
    let x = extract("seleksi-sekda-kabupaten.txt");
    let h = holdings(&x);
    // The province is named as a government ("Kantor Gubernur Kalimantan Barat") and
    // the regency only after its bodies ("BKPSDM Sambas", "Setda Sambas"): the regency
    // is still what the article is about, so heads listed without a region are its own.
    assert_holds(
        &h,
        &[
            ("Suryani", "Kepala Dinas Sosial Kabupaten Sambas"),
            ("Ahmad Fauzi", "Kepala Dinas Perhubungan Kabupaten Sambas"),
            (
                "Hendri Gunawan",
                "Kepala Badan Kepegawaian Daerah Provinsi Kalimantan Barat",
            ),
        ],
    );
    assert!(
        !h.iter()
            .any(|(_, l)| l.starts_with("Kepala Dinas") && l.contains("Provinsi")),
        "{h:?}"
    );
}

#[test]
fn governments_acronyms_and_unit_words_are_no_names_and_call_names_point_back() {
    let x = extract("asn-korupsi-dipecat.txt");
    let names: Vec<&str> = x.persons.iter().map(|p| p.name.as_str()).collect();
    // "Pemprov masih menunggu ...": a government written as one word (government.tsv);
    // "memastikan Tipikor yang ...": an acronym; "Bidang Hukum dan Media Yusran
    // Effendi": a unit's word (stopwords.txt); "oleh Hakim Pengadilan Tipikor": one word
    // right before a body's name.
    for word in ["Pemprov", "Tipikor", "Media", "Hakim"] {
        assert!(
            !names.iter().any(|n| n.split(' ').any(|w| w == word)),
            "{word}: {names:?}"
        );
    }
    assert!(names.contains(&"Yusran Effendi"), "{names:?}");
    // "Plt Sekretaris Provinsi (Sekprov) Kaltara M Suriansyah": an initial without its
    // dot opens the name right after the region.
    assert_holds(
        &holdings(&x),
        &[(
            "M Suriansyah",
            "Pelaksana Tugas Sekretaris Daerah Kalimantan Utara",
        )],
    );
    // "Pejabat perempuan yang akrab disapa Bu Ririn ini": the call name of the person
    // named in the sentence before, so "jelas Ririn" quotes her.
    assert!(!names.contains(&"Ririn"), "{names:?}");
    let rini = x
        .persons
        .iter()
        .position(|p| p.name == "Rini Kusumawati")
        .unwrap_or_else(|| panic!("no Rini Kusumawati in {names:?}"));
    assert!(
        x.quotes.iter().any(|q| q.speaker == Some(rini)),
        "{:?}",
        x.quotes
    );
}

#[test]
fn instruments_listed_by_short_number_each_end_the_title_before_them() {
    let x = extract("banding-bpasn.txt");
    // "UU 20/2023 tentang ASN, PP 11/2017 Jo. PP 17/2020 tentang Manajemen PNS, dan PP
    // 94/2021 tentang Disiplin PNS": four instruments; a type written before a number
    // ends the title of the one before it.
    let laws: Vec<(String, Option<i32>, Option<String>)> = x
        .laws
        .iter()
        .map(|l| (l.numbers.join("+"), l.year, l.title.clone()))
        .collect();
    let expected = [
        ("20", 2023, Some("ASN")),
        ("11", 2017, None),
        ("17", 2020, Some("Manajemen PNS")),
        ("94", 2021, Some("Disiplin PNS")),
    ];
    assert_eq!(laws.len(), expected.len(), "{laws:?}");
    for (number, year, title) in expected {
        assert!(
            laws.iter()
                .any(|(n, y, t)| n == number && *y == Some(year) && t.as_deref() == title),
            "{number}/{year} {title:?} missing from {laws:?}"
        );
    }
}

#[test]
fn a_title_written_without_its_region_is_the_one_its_holder_has_and_instruments_do_not_speak() {
    let x = extract("masa-jabatan-diperpanjang.txt");
    let h = holdings(&x);
    // "Pj Gubernur Maluku Rudi Hartawan" ... "Pj Gubernur Rudi Hartawan": the same post,
    // not the acting governorship of Bengkulu, the region the article names most.
    assert_holds(
        &h,
        &[
            ("Rudi Hartawan", "Penjabat Gubernur Maluku"),
            ("Sulastri Wibowo", "Penjabat Gubernur Bengkulu"),
        ],
    );
    let rudi: Vec<&String> = h
        .iter()
        .filter(|(p, _)| p == "Rudi Hartawan")
        .map(|(_, l)| l)
        .collect();
    assert_eq!(rudi, ["Penjabat Gubernur Maluku"], "{h:?}");
    // "..., sebagaimana tertuang dalam Keppres ...", "..., demikian bunyi UU ...": the
    // words of an instrument, quoted, have no speaker.
    assert_eq!(x.quotes.len(), 2, "{:?}", x.quotes);
    assert!(
        x.quotes.iter().all(|q| q.speaker.is_none()),
        "{:?}",
        x.quotes
    );
}

#[test]
fn mengemban_links_a_name_to_the_post_after_it() {
    let x = extract("kembali-mengemban-pj.txt");
    // "Kepala Dinas Kesehatan Jawa Tengah X kembali dipercaya mengemban jabatan Pj Bupati
    // Blora": X holds both.
    assert_holds(
        &holdings(&x),
        &[
            (
                "Yuliani Prasetyo",
                "Kepala Dinas Kesehatan Provinsi Jawa Tengah",
            ),
            ("Yuliani Prasetyo", "Penjabat Bupati Blora"),
        ],
    );
}

#[test]
fn a_count_of_those_dismissed_is_the_sanctions_count() {
    // "ada 8 PNS yang diberhentikan": a sanction verb after the count makes it the event's
    // (count-tail in cues.tsv), before last year's "memberhentikan tiga PNS".
    let x = extract("pns-bolos-diberhentikan.txt");
    let counts: Vec<Option<u64>> = x.events.iter().map(|e| e.participants).collect();
    assert_eq!(counts, [Some(8)], "{:?}", x.events);
}

#[test]
fn two_posts_joined_in_the_bracket_after_a_name_are_both_the_names() {
    let x = extract("kandidat-sekaligus.txt");
    // "X (Kepala Satpol PP sekaligus Pj Sekda Purbalingga)", "Y (Kepala Bappeda merangkap
    // Plt Kepala Dinas Sosial)".
    assert_holds(
        &holdings(&x),
        &[
            (
                "Wahyu Hidayat",
                "Kepala Satuan Polisi Pamong Praja Kabupaten Purbalingga",
            ),
            ("Wahyu Hidayat", "Penjabat Sekretaris Daerah Purbalingga"),
            (
                "Dewi Anggraini",
                "Kepala Badan Perencanaan Pembangunan Daerah Kabupaten Purbalingga",
            ),
            (
                "Dewi Anggraini",
                "Pelaksana Tugas Kepala Dinas Sosial Kabupaten Purbalingga",
            ),
            (
                "Rudi Setiawan",
                "Kepala Dinas Pendidikan Kabupaten Purbalingga",
            ),
        ],
    );
}

#[test]
fn an_assistant_with_a_region_written_is_in_that_regions_setda() {
    let x = extract("asisten-dan-wilayah.txt");
    // "Asisten I Bidang Pemerintahan dan Kesra Lampung, X", "Asisten Perekonomian Pesisir
    // Barat Y": the region after the unit words names whose Setda (positions.tsv org:setda).
    assert_holds(
        &holdings(&x),
        &[
            (
                "Hendra Kurniawan",
                "Asisten I Bidang Pemerintahan dan Kesra Sekretariat Daerah Provinsi Lampung",
            ),
            (
                "Yusuf Efendi",
                "Asisten Perekonomian Sekretariat Daerah Kabupaten Pesisir Barat",
            ),
        ],
    );
}

#[test]
fn bappeda_dan_litbang_is_the_planning_and_research_body() {
    let x = extract("bappeda-dan-litbang.txt");
    // "Kepala Bappeda dan Litbang Dompu, X": one body (an alias of Bappelitbangda in
    // organizations.tsv), not the Bappeda with "dan Litbang" left over.
    assert_holds(
        &holdings(&x),
        &[(
            "Taufan Hidayat",
            "Kepala Badan Perencanaan Pembangunan, Penelitian, dan Pengembangan Daerah Kabupaten Dompu",
        )],
    );
    assert!(
        !x.orgs
            .iter()
            .any(|o| o.name == "Badan Perencanaan Pembangunan Daerah Kabupaten Dompu"),
        "{:?}",
        x.orgs
    );
}

#[test]
fn a_regional_title_with_a_kind_word_and_no_region_is_the_articles_region_of_that_kind() {
    let x = extract("sekdaprov-tanpa-nama-provinsi.txt");
    // "Plh Sekretaris Daerah Provinsi (Sekdaprov) X": the article's province; "Sekda
    // Kabupaten, Y": the article's regency.
    assert_holds(
        &holdings(&x),
        &[
            (
                "Bambang Irawan",
                "Pelaksana Harian Sekretaris Daerah Jawa Tengah",
            ),
            ("Heru Susanto", "Sekretaris Daerah Kendal"),
        ],
    );
}
