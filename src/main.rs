fn main() -> std::process::ExitCode {
    asnkg::cli::run()
}
