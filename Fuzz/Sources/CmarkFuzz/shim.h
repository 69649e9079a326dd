#ifndef PORTALGEN_FUZZ_CMARK_SHIM_H
#define PORTALGEN_FUZZ_CMARK_SHIM_H
#include <cmark.h>
#endif
