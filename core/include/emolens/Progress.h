#pragma once
/// \file Progress.h
/// Cooperative cancel and progress for core's long calls. The calls are
/// synchronous; the caller (CLI, test, GUI worker thread) owns the thread.

#include <atomic>
#include <functional>

namespace emolens {

/// Set to true from any thread to ask a running call to stop; the call then
/// throws Error(ErrorKind::Cancelled) at its next check.
using CancelToken = std::atomic<bool>;

/// Called on the worker's thread with the fraction done in [0, 1]. Keep it cheap:
/// GUI clients forward it as a queued signal and throttle there.
using ProgressFn = std::function<void(double fraction)>;

/// Throws Error(Cancelled) when \p cancel is set. Null means "never cancelled".
void throwIfCancelled(const CancelToken *cancel);

} // namespace emolens
