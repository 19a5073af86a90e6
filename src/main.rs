//! The `asnkg` command. Everything lives in the library; the binary only picks
//! the allocator (mimalloc: extraction allocates many short strings on several
//! threads, where glibc's malloc spent about a third of the time and contended
//! on its arena locks) and hands over to `cli::run`.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    asnkg::cli::run()
}
