// The ingestion benchmark's publisher process: the flood, from outside the explorer's process so
// that it does not share the explorer's GUI thread.
#pragma once

#include "ingesttraffic.h"

namespace IngestBench {

// Connects to `url`, publishes every topic once at QoS 0 as fast as it can (phase 1), then, when
// told on stdin, `rate` messages per second for `durationS` seconds (phase 2), in batches every
// 10 ms; reports each step on stdout (see Line). Returns the process's exit code.
int runPublisher(const QString &url, const Settings &settings);

} // namespace IngestBench
