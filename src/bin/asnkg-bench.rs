//! Benchmarks for asnkg on generated corpora (see BENCHMARKS.md).
//!
//!   asnkg-bench gen N OUT.jsonl [--seed S]     write N generated articles
//!   asnkg-bench run N [--seed S] [--dir DIR]    the whole-run benchmark, as a Markdown report
//!   asnkg-bench hostile [MAX_MB]                time on pathological single articles of
//!                                               growing size (linear or not)

use asnkg::corpus;
use asnkg::lexicon::Lexicon;
use asnkg::text::Tokens;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

// The same allocator as the `asnkg` binary, so the matching floor is measured alike.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn usage() -> ExitCode {
    eprintln!(
        "usage:\n  asnkg-bench gen N OUT.jsonl [--seed S] [--filler F]\n  asnkg-bench run N [--seed S] [--dir DIR]\n  asnkg-bench hostile [MAX_MB]"
    );
    ExitCode::from(2)
}

fn flag(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let seed: u64 = flag(&args, "--seed")
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    match args.first().map(String::as_str) {
        Some("gen") => {
            let (Some(n), Some(out)) = (args.get(1).and_then(|n| n.parse().ok()), args.get(2))
            else {
                return usage();
            };
            let filler = flag(&args, "--filler")
                .and_then(|s| s.parse().ok())
                .unwrap_or(12);
            match generate(n, seed, filler, Path::new(out)) {
                Ok(bytes) => {
                    eprintln!("wrote {n} articles ({:.1} MB) to {out}", bytes as f64 / 1e6);
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("asnkg-bench: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("run") => {
            let Some(n) = args.get(1).and_then(|n| n.parse::<usize>().ok()) else {
                return usage();
            };
            let dir = flag(&args, "--dir")
                .map(PathBuf::from)
                .unwrap_or_else(|| std::env::temp_dir().join(format!("asnkg-bench-{n}")));
            match run(n, seed, &dir) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("asnkg-bench: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("hostile") => {
            let max_mb = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(8);
            match hostile(max_mb) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("asnkg-bench: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        _ => usage(),
    }
}

/// Pathological texts: a unit repeated up to `bytes`, or (for "distinct officials") one
/// sentence naming ever new officials, as a long announcement lists them.
fn hostile_text(kind: &str, bytes: usize) -> String {
    if kind == "distinct officials" {
        return distinct_officials(bytes);
    }
    if kind == "distinct named bodies" {
        return distinct_named_bodies(bytes);
    }
    if kind == "dated acts" {
        return dated_acts(bytes);
    }
    if kind == "officiated acts" {
        return officiated_acts(bytes);
    }
    if kind == "initials run" {
        // A name, then letters and dots without end, as a degree or initials would start.
        return format!("Kemudian Budi {}", "A.".repeat(bytes / 2));
    }
    let unit = match kind {
        "one long line" => "pejabat dilantik di aula kantor bupati oleh sekretaris daerah ",
        "Nomor tokens" => "Nomor 800/1/2/3 dan Nomor ",
        "unbalanced quotes" => "\"Kata \u{201c}tegas ",
        "open parentheses" => "(Kepala (Dinas (BKPSDM ",
        "capitalised run" => "Andi Budi Cahya Dewi Eko Fajar ",
        "honorific run" => "H. Ir. Dr. Drs. M.Si. S.H. ",
        "sentence per word" => "Bupati. ",
        "officials repeated" => {
            "Kepala Biro Administrasi Pimpinan Marwan Polisiri yang dipindah tugas menjadi \
             Kepala Dinas Kominfo Pesbar, Kabupaten Pesisir Barat (Pesbar), mantan Bupati \
             Luwu, Kepala BKD lama, Afan Martadi. "
        }
        _ => "x ",
    };
    let mut t = String::with_capacity(bytes + unit.len());
    while t.len() < bytes {
        t.push_str(unit);
    }
    t
}

/// A capitalised word of three syllables made from counter `n` ("Bakagi").
fn made_name(mut n: usize) -> String {
    const ONSETS: &[u8] = b"bcdfghjklmnprstw";
    const VOWELS: &[u8] = b"aiueo";
    let mut w = String::new();
    for _ in 0..3 {
        w.push(ONSETS[n % ONSETS.len()] as char);
        n /= ONSETS.len();
        w.push(VOWELS[n % VOWELS.len()] as char);
        n /= VOWELS.len();
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// Sentences of `bytes` each naming a new hospital like a person ("Direktur RSUD Bakagi
/// Cotedu hadir."): thousands of distinct bodies, each of a known regional kind.
fn distinct_named_bodies(bytes: usize) -> String {
    let mut t = String::new();
    let mut k = 0usize;
    while t.len() < bytes {
        k += 1;
        t.push_str(&format!(
            "Direktur RSUD {} {} hadir. ",
            made_name(k),
            made_name(k * 7919 + 13)
        ));
    }
    t
}

/// Sentences of `bytes` each reporting an inauguration on a new day, at a new venue, under a
/// new amendment of a regulation: thousands of events, dates, places and laws.
fn dated_acts(bytes: usize) -> String {
    let mut t = String::new();
    let mut k = 0usize;
    while t.len() < bytes {
        t.push_str(&format!(
            "Pelantikan digelar Senin ({}/{}/{}) di Aula {} berdasarkan Peraturan Presiden \
             Nomor {k} Tahun 2024 tentang Perubahan Atas Peraturan Presiden Nomor {} Tahun \
             2016. ",
            k % 28 + 1,
            k / 28 % 12 + 1,
            2000 + k / 336,
            made_name(k),
            k + 1
        ));
        k += 1;
    }
    t
}

/// Sentences of `bytes` each reporting a new regent inaugurating a new official on a new
/// day at a new venue under a new decree, then a quote of a third: thousands of events,
/// each with its officiant to find among thousands of persons.
fn officiated_acts(bytes: usize) -> String {
    let mut t = String::new();
    let mut k = 0usize;
    while t.len() < bytes {
        t.push_str(&format!(
            "Bupati {} {} melantik {} {} sebagai Kepala Dinas Pendidikan di Pendopo {}, Senin \
             ({}/{}/{}), berdasarkan Keputusan Bupati Nomor {k} Tahun 2024. \"Kami bekerja,\" \
             kata {} {}. ",
            made_name(k),
            made_name(k * 7919 + 13),
            made_name(k * 31 + 7),
            made_name(k * 17 + 3),
            made_name(k * 5 + 1),
            k % 28 + 1,
            k / 28 % 12 + 1,
            2000 + k / 336,
            made_name(k * 13 + 2),
            made_name(k * 3 + 5)
        ));
        k += 1;
    }
    t
}

/// One sentence of `bytes` that names a new person at every post (names made of three
/// syllables each, from a counter): thousands of distinct persons and holdings.
fn distinct_officials(bytes: usize) -> String {
    let name = made_name;
    let mut t = String::from("Sebelum Darda Daraba, ");
    let mut k = 0usize;
    while t.len() < bytes {
        let mut next = || {
            k += 1;
            format!("{} {}", name(k), name(k * 7919 + 13))
        };
        t.push_str(&format!(
            "jabatan Kepala Dinas Pendidikan dijabat oleh {} yang kini duduk sebagai anggota \
             DPRD Provinsi, Staf Ahli Bidang Hukum Menteri Dalam Negeri (Mendagri) {} dan Camat \
             Balikpapan Tengah {} mengisi posisi Kepala Bagian Umum, FX {} selaku Ketua, ",
            next(),
            next(),
            next(),
            next()
        ));
    }
    t.push('.');
    t
}

/// Times single articles of 1, 2, 4... MB of each pathological kind: linear growth keeps
/// the time per MB flat.
fn hostile(max_mb: usize) -> Result<(), String> {
    let cfg = asnkg::pipeline::Config {
        lex: Lexicon::builtin().map_err(|e| e.to_string())?,
        iris: asnkg::rdf::Iris::default(),
    };
    let kinds = [
        "one long line",
        "Nomor tokens",
        "unbalanced quotes",
        "open parentheses",
        "capitalised run",
        "honorific run",
        "sentence per word",
        "officials repeated",
        "distinct officials",
        "distinct named bodies",
        "dated acts",
        "officiated acts",
        "initials run",
    ];
    let mut sizes = vec![1usize];
    while sizes[sizes.len() - 1] * 2 <= max_mb.max(1) {
        sizes.push(sizes[sizes.len() - 1] * 2);
    }
    let mut r = String::from("| input | ");
    r.push_str(
        &sizes
            .iter()
            .map(|mb| format!("{mb} MB"))
            .collect::<Vec<_>>()
            .join(" | "),
    );
    r.push_str(" | s per MB, largest / smallest |\n|---|");
    r.push_str(&"---|".repeat(sizes.len() + 1));
    r.push('\n');
    for kind in kinds {
        let mut times = Vec::new();
        for &mb in &sizes {
            let a = asnkg::article::Article {
                id: "hostile".into(),
                source: kind.into(),
                text: hostile_text(kind, mb << 20),
                supplied: Default::default(),
            };
            let started = Instant::now();
            let p = asnkg::pipeline::process(&a, &cfg).map_err(|e| e.to_string())?;
            std::hint::black_box(p.quads.len());
            times.push(started.elapsed().as_secs_f64());
            eprintln!(
                "asnkg-bench: {kind}, {mb} MB: {:.2} s",
                times[times.len() - 1]
            );
        }
        let per_mb: Vec<f64> = times
            .iter()
            .zip(&sizes)
            .map(|(t, &mb)| t / mb as f64)
            .collect();
        r.push_str(&format!(
            "| {kind} | {} | {:.2} |\n",
            times
                .iter()
                .map(|t| format!("{t:.2} s"))
                .collect::<Vec<_>>()
                .join(" | "),
            per_mb[per_mb.len() - 1] / per_mb[0].max(1e-9)
        ));
    }
    println!("{r}");
    Ok(())
}

/// Writes `n` generated articles as JSON Lines; returns the bytes of text written.
fn generate(n: usize, seed: u64, filler: usize, out: &Path) -> Result<usize, String> {
    let lex = Lexicon::builtin().map_err(|e| e.to_string())?;
    let file = std::fs::File::create(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut w = std::io::BufWriter::new(file);
    let mut bytes = 0;
    for i in 0..n {
        let (id, text) = corpus::article(&lex, seed, i, filler);
        bytes += text.len();
        let line = serde_json::json!({ "id": id, "text": text }).to_string();
        writeln!(w, "{line}").map_err(|e| e.to_string())?;
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(bytes)
}

/// The `asnkg` binary next to this one (both come out of the same `cargo build`).
fn asnkg_binary() -> Result<PathBuf, String> {
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let bin = me.with_file_name(format!("asnkg{}", std::env::consts::EXE_SUFFIX));
    if bin.exists() {
        Ok(bin)
    } else {
        Err(format!(
            "{} not found; build both binaries with `cargo build --release`",
            bin.display()
        ))
    }
}

/// A finished child process: wall time, peak resident memory (sampled), stderr.
struct Measured {
    secs: f64,
    peak_kib: u64,
    stderr: String,
}

/// The high-water mark of resident memory of process `pid`, in KiB (Linux; 0 elsewhere).
fn peak_rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// Runs `asnkg args...` with stdout to `stdout` (or /dev/null), sampling its peak memory.
fn measure(args: &[&str], env: &[(&str, &str)], stdout: Option<&Path>) -> Result<Measured, String> {
    // "1 core" runs (RAYON_NUM_THREADS=1) are also pinned to one CPU when taskset is
    // there: extract's reader and writer threads would otherwise use a second core.
    let one_core = env.contains(&("RAYON_NUM_THREADS", "1"));
    let pinned = one_core
        && Command::new("taskset")
            .arg("-V")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    let mut cmd = if pinned {
        let mut c = Command::new("taskset");
        c.args(["-c", "0"]).arg(asnkg_binary()?);
        c
    } else {
        Command::new(asnkg_binary()?)
    };
    cmd.args(args).stderr(Stdio::piped()).stdout(match stdout {
        Some(p) => Stdio::from(std::fs::File::create(p).map_err(|e| e.to_string())?),
        None => Stdio::null(),
    });
    for (k, v) in env {
        cmd.env(k, v);
    }
    let started = Instant::now();
    let mut child = cmd.spawn().map_err(|e| e.to_string())?;
    let mut stderr_pipe = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        if let Some(p) = stderr_pipe.as_mut() {
            let _ = std::io::Read::read_to_string(p, &mut s);
        }
        s
    });
    let mut peak = 0;
    let status = loop {
        peak = peak.max(peak_rss_kib(child.id()));
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let secs = started.elapsed().as_secs_f64();
    let stderr = reader.join().unwrap_or_default();
    if !status.success() {
        return Err(format!("asnkg {} failed: {stderr}", args.join(" ")));
    }
    Ok(Measured {
        secs,
        peak_kib: peak,
        stderr,
    })
}

fn dir_size(p: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(p) else {
        return std::fs::metadata(p).map_or(0, |m| m.len());
    };
    entries
        .flatten()
        .map(|e| {
            let path = e.path();
            if path.is_dir() {
                dir_size(&path)
            } else {
                e.metadata().map_or(0, |m| m.len())
            }
        })
        .sum()
}

/// Reads the corpus and scans every text once with the combined lexicon automaton
/// (tokenising included), building nothing: the floor under extraction. Returns seconds.
fn matching_floor(corpus: &Path, lex: &Lexicon) -> Result<f64, String> {
    use std::io::BufRead;
    let started = Instant::now();
    let file = std::fs::File::open(corpus).map_err(|e| e.to_string())?;
    let mut hits = 0usize;
    for line in std::io::BufReader::new(file).lines() {
        let line = line.map_err(|e| e.to_string())?;
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let text = v["text"].as_str().unwrap_or_default();
        let toks = Tokens::new(text, |w| lex.is_abbreviation(w));
        let h = lex.find_hits(&toks, text);
        hits += h.regions.len() + h.orgs.len() + h.cues.len();
    }
    std::hint::black_box(hits);
    Ok(started.elapsed().as_secs_f64())
}

/// Alternating one-core and all-core `extract` runs, each.
const EXTRACT_RUNS: usize = 3;

/// The median of some timings, and their range written "a–b s".
fn median_and_range(secs: &mut [f64]) -> (f64, String) {
    secs.sort_by(f64::total_cmp);
    let median = secs.get(secs.len() / 2).copied().unwrap_or(f64::NAN);
    let range = match (secs.first(), secs.last()) {
        (Some(a), Some(b)) => format!("{a:.2}–{b:.2} s"),
        _ => "none".into(),
    };
    (median, range)
}

/// The larger loader budget `run` also measures (`build --loader-memory`).
const BIG_LOADER_MB: &str = "1600";

/// Bulk-loads an N-Quads file into a fresh on-disk store: the floor under `build`.
fn store_floor(nquads: &Path, store_dir: &Path) -> Result<f64, String> {
    let _ = std::fs::remove_dir_all(store_dir);
    let started = Instant::now();
    let store = oxigraph::store::Store::open(store_dir).map_err(|e| e.to_string())?;
    let file = std::fs::File::open(nquads).map_err(|e| e.to_string())?;
    let mut loader = store.bulk_loader();
    loader
        .load_from_reader(
            oxigraph::io::RdfFormat::NQuads,
            std::io::BufReader::new(file),
        )
        .map_err(|e| e.to_string())?;
    loader.commit().map_err(|e| e.to_string())?;
    store.flush().map_err(|e| e.to_string())?;
    drop(store);
    Ok(started.elapsed().as_secs_f64())
}

/// "built N articles (Q quads, ...": the quad count.
fn built_quads(stderr: &str) -> u64 {
    stderr
        .split_once(" articles (")
        .and_then(|(_, rest)| rest.split_once(' '))
        .and_then(|(q, _)| q.parse().ok())
        .unwrap_or(0)
}

fn run(n: usize, seed: u64, dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let lex = Lexicon::builtin().map_err(|e| e.to_string())?;
    let corpus = dir.join("corpus.jsonl");
    let text_bytes = generate(n, seed, 12, &corpus)? as f64;
    let corpus_arg = corpus.to_string_lossy().to_string();
    let mb = text_bytes / 1e6;
    let cores = std::thread::available_parallelism().map_or(1, |c| c.get());
    eprintln!("asnkg-bench: {n} articles, {mb:.1} MB of text, {cores} cores");

    let floor_match = matching_floor(&corpus, &lex)?;
    // One core and all cores, alternating, EXTRACT_RUNS times each: on a shared machine a
    // single pair can be off by a third either way. The table gives medians and ranges.
    let (mut ones, mut alls) = (Vec::new(), Vec::new());
    for _ in 0..EXTRACT_RUNS {
        let one = measure(
            &["extract", &corpus_arg],
            &[("RAYON_NUM_THREADS", "1")],
            None,
        )?;
        ones.push(one.secs);
        alls.push(measure(&["extract", &corpus_arg], &[], None)?.secs);
    }
    let (one, one_range) = median_and_range(&mut ones);
    let (all, all_range) = median_and_range(&mut alls);
    let nq = dir.join("corpus.nq");
    let to_file = measure(&["extract", &corpus_arg], &[], Some(&nq))?;
    let floor_store = store_floor(&nq, &dir.join("floor-store"))?;
    let _ = std::fs::remove_dir_all(dir.join("floor-store"));

    let store = dir.join("store");
    let _ = std::fs::remove_dir_all(&store);
    let store_arg = store.to_string_lossy().to_string();
    let build = measure(
        &["build", &corpus_arg, "--store", &store_arg, "--quiet"],
        &[],
        None,
    )?;
    let quads = built_quads(&build.stderr);
    let size = dir_size(&store);
    // The same build with a larger loader budget, into a store of its own (then removed).
    let big_store = dir.join("store-big-loader");
    let _ = std::fs::remove_dir_all(&big_store);
    let big_store_arg = big_store.to_string_lossy().to_string();
    let big_loader = measure(
        &[
            "build",
            &corpus_arg,
            "--store",
            &big_store_arg,
            "--quiet",
            "--loader-memory",
            BIG_LOADER_MB,
        ],
        &[],
        None,
    )?;
    let _ = std::fs::remove_dir_all(&big_store);

    // Re-build 1% of the articles with changed text (same ids, other content).
    let changed = dir.join("changed.jsonl");
    {
        let file = std::fs::File::create(&changed).map_err(|e| e.to_string())?;
        let mut w = std::io::BufWriter::new(file);
        for i in (0..n).step_by(100) {
            let (id, _) = corpus::article(&lex, seed, i, 12);
            let (_, text) = corpus::article(&lex, seed.wrapping_add(1), i, 12);
            let line = serde_json::json!({ "id": id, "text": text }).to_string();
            writeln!(w, "{line}").map_err(|e| e.to_string())?;
        }
        w.flush().map_err(|e| e.to_string())?;
    }
    let changed_arg = changed.to_string_lossy().to_string();
    // Compact once, as the README advises after a large first load.
    let optimize = measure(&["optimize", "--store", &store_arg], &[], None)?;
    let rebuild = measure(
        &["build", &changed_arg, "--store", &store_arg, "--quiet"],
        &[],
        None,
    )?;

    // The interactive questions (examples/queries) and the whole-corpus listings
    // (examples/reports), timed as whole commands.
    let mut queries: Vec<(&str, PathBuf)> = Vec::new();
    for sub in ["queries", "reports"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(sub);
        let mut found: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "rq"))
            .collect();
        found.sort();
        queries.extend(found.into_iter().map(|p| (sub, p)));
    }
    let mut query_times = Vec::new();
    for (sub, q) in &queries {
        let q_arg = q.to_string_lossy().to_string();
        let m = measure(
            &[
                "query", "--store", &store_arg, "--file", &q_arg, "--format", "csv",
            ],
            &[],
            None,
        )?;
        let name = q
            .file_name()
            .map_or(String::new(), |f| f.to_string_lossy().to_string());
        query_times.push((format!("{sub}/{name}"), m.secs));
    }

    let rate = |secs: f64| mb / secs;
    let mut r = String::new();
    r.push_str(&format!(
        "### {n} articles ({mb:.1} MB of text, {:.0} quads per article), {cores} cores\n\n",
        quads as f64 / n as f64
    ));
    r.push_str("| measure | result |\n|---|---|\n");
    r.push_str(&format!(
        "| matching floor (read + tokenise + one automaton scan, 1 core) | {floor_match:.2} s, {:.1} MB/s |\n",
        rate(floor_match)
    ));
    r.push_str(&format!(
        "| `extract` to /dev/null, 1 core (median of {EXTRACT_RUNS}, range {one_range}) | {one:.2} s, {:.1} MB/s, {:.0} articles/s |\n",
        rate(one),
        n as f64 / one
    ));
    r.push_str(&format!(
        "| `extract` to /dev/null, all cores (median of {EXTRACT_RUNS}, range {all_range}) | {all:.2} s, {:.1} MB/s, {:.0} articles/s ({:.2}× one core) |\n",
        rate(all),
        n as f64 / all,
        one / all
    ));
    r.push_str(&format!(
        "| `extract` to a file (the N-Quads the store floor loads), all cores | {:.2} s, {:.1} MB/s |\n",
        to_file.secs,
        rate(to_file.secs),
    ));
    r.push_str(&format!(
        "| store floor (bulk-load the same N-Quads into a fresh store) | {floor_store:.2} s, {:.0} quads/s |\n",
        quads as f64 / floor_store
    ));
    r.push_str(&format!(
        "| `build` into a fresh on-disk store | {:.2} s ({:.2}× store floor), {:.0} µs per article |\n",
        build.secs,
        build.secs / floor_store,
        build.secs * 1e6 / n as f64
    ));
    r.push_str(&format!(
        "| peak RSS of `build` | {:.0} MiB |\n",
        build.peak_kib as f64 / 1024.0
    ));
    r.push_str(&format!(
        "| `build --loader-memory {BIG_LOADER_MB}` into a fresh on-disk store | {:.2} s ({:.2}× store floor), {:.0} µs per article, peak RSS {:.0} MiB |\n",
        big_loader.secs,
        big_loader.secs / floor_store,
        big_loader.secs * 1e6 / n as f64,
        big_loader.peak_kib as f64 / 1024.0
    ));
    r.push_str(&format!(
        "| quads | {quads} ({:.0} per article) |\n",
        quads as f64 / n as f64
    ));
    r.push_str(&format!(
        "| store size on disk | {:.0} MiB |\n",
        size as f64 / 1048576.0
    ));
    r.push_str(&format!(
        "| `optimize` (compact the store once after the first load) | {:.2} s |\n| re-build 1% ({} articles, changed text), after `optimize` | {:.2} s |\n",
        optimize.secs,
        n.div_ceil(100),
        rebuild.secs
    ));
    for (name, secs) in &query_times {
        r.push_str(&format!(
            "| query `{name}` (whole command) | {secs:.2} s |\n"
        ));
    }
    println!("{r}");
    Ok(())
}
