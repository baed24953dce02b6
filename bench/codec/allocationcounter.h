// Counts the heap allocations of this program — malloc, calloc and realloc, which Qt's containers
// and operator new all come down to — so that a benchmark can report allocations per operation.
#pragma once

#include <cstdint>

namespace OhMqttBench {

std::uint64_t allocationCount() noexcept;

} // namespace OhMqttBench
