// The broker suite's test classes; main.cpp runs them one after the other in one executable.
#pragma once

int runQoSTests(int argc, char **argv);
int runRetainTests(int argc, char **argv);
int runSubscriptionTests(int argc, char **argv);
int runLimitTests(int argc, char **argv);
int runSessionTests(int argc, char **argv);
