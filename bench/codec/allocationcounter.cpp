// Interposes glibc's malloc, calloc and realloc for the whole process (the program's definitions
// take precedence over libc's for every shared library too) and counts the calls.
#include "allocationcounter.h"

#include <atomic>
#include <cstddef>

extern "C" {
void *__libc_malloc(std::size_t size);
void *__libc_calloc(std::size_t count, std::size_t size);
void *__libc_realloc(void *memory, std::size_t size);
}

namespace {
std::atomic<std::uint64_t> allocations {0};
} // namespace

std::uint64_t OhMqttBench::allocationCount() noexcept
{
    return allocations.load(std::memory_order_relaxed);
}

extern "C" {
void *malloc(std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_malloc(size);
}
void *calloc(std::size_t count, std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_calloc(count, size);
}
void *realloc(void *memory, std::size_t size)
{
    allocations.fetch_add(1, std::memory_order_relaxed);
    return __libc_realloc(memory, size);
}
}
