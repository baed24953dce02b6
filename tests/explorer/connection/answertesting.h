// answerOf(): waits for the one answer of an asynchronous call that reports through a callback
// (SecretStore, PasswordVault).
#pragma once

#include <QtTest/QTest>

#include <optional>

namespace OhMqttExplorerTest {

// Runs `call` with a callback that keeps its argument, then runs the event loop until the
// answer came or `timeoutMs` passed (nullopt).
template<typename Result, typename Call> std::optional<Result> answerOf(Call call, int timeoutMs)
{
    std::optional<Result> answer;
    call([&answer](const Result &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, timeoutMs))
        return std::nullopt;
    return answer;
}

} // namespace OhMqttExplorerTest
