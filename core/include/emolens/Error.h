#pragma once
/// \file Error.h
/// The one exception type that leaves core. Messages are English and name the
/// file and the problem, e.g. "clip.wav: not a recognised audio file (...)".

#include <stdexcept>
#include <string>
#include <vector>

namespace emolens {

/// What went wrong, so clients can map it (the CLI exits 2 on BadInput).
enum class ErrorKind {
    BadInput, ///< the user's file, flag or config is wrong; fixable by the user
    Io, ///< the system refused (disk full, permission denied)
    Cancelled, ///< the caller's cancel token was set
    Internal ///< a bug in EmoLens or a library it uses
};

class Error : public std::runtime_error {
public:
    /// \p file may be empty when no file is involved; the message is then \p problem alone.
    Error(ErrorKind kind, const std::string &file, const std::string &problem);

    ErrorKind kind() const noexcept { return m_kind; }
    const std::string &file() const noexcept { return m_file; }
    const std::string &problem() const noexcept { return m_problem; }

private:
    ErrorKind m_kind;
    std::string m_file;
    std::string m_problem;
};

/// Shorthands for the common kinds.
[[noreturn]] void throwBadInput(const std::string &file, const std::string &problem);
[[noreturn]] void throwIo(const std::string &file, const std::string &problem);

/// Throws Error(BadInput) "invalid WHAT: p1; p2" when a validate() returned
/// \p problems; does nothing when it is empty. Every config checks through this.
void throwIfInvalid(const std::string &context, const std::string &what, const std::vector<std::string> &problems);

} // namespace emolens
