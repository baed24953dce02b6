// The engine suite's test classes; main.cpp runs them one after the other in one executable.
#pragma once

int runEngineTests(int argc, char **argv);
int runProtocolErrorTests(int argc, char **argv);
int runPublishFlowTests(int argc, char **argv);
int runTopicAliasTests(int argc, char **argv);
int runSessionTests(int argc, char **argv);
int runReceiveBufferTests(int argc, char **argv);
