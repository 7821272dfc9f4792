#include "emolens/Error.h"
#include "emolens/Progress.h"

namespace emolens {

namespace {
std::string compose(const std::string &file, const std::string &problem)
{
    return file.empty() ? problem : file + ": " + problem;
}
} // namespace

Error::Error(ErrorKind kind, const std::string &file, const std::string &problem)
    : std::runtime_error(compose(file, problem)), m_kind(kind), m_file(file), m_problem(problem)
{
}

void throwBadInput(const std::string &file, const std::string &problem)
{
    throw Error(ErrorKind::BadInput, file, problem);
}

void throwIo(const std::string &file, const std::string &problem)
{
    throw Error(ErrorKind::Io, file, problem);
}

void throwIfInvalid(const std::string &context, const std::string &what, const std::vector<std::string> &problems)
{
    if (problems.empty())
        return;
    std::string message = "invalid " + what + ":";
    for (std::size_t i = 0; i < problems.size(); ++i)
        message += (i ? "; " : " ") + problems[i];
    throwBadInput(context, message);
}

void throwIfCancelled(const CancelToken *cancel)
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Error(ErrorKind::Cancelled, {}, "cancelled");
}

} // namespace emolens
