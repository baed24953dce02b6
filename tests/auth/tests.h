// The auth suite's test classes; main.cpp runs them one after the other in one executable.
#pragma once

int runScramTests(int argc, char **argv);
int runAuthEngineTests(int argc, char **argv);
int runAuthClientTests(int argc, char **argv);
