#ifndef PORTALGEN_CCMARK_SHIM_H
#define PORTALGEN_CCMARK_SHIM_H
#include <cmark.h>
#endif
