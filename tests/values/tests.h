// The values suite's test classes; main.cpp runs them one after the other in one executable.
#pragma once

int runGadgetTests(int argc, char **argv);
int runOptionsTests(int argc, char **argv);
int runTopicCheckTests(int argc, char **argv);
