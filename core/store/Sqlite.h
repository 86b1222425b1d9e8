#pragma once
// The one place that includes SQLCipher's sqlite3.h (private to core/store). SQLITE_HAS_CODEC
// exposes sqlite3_key and friends.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlite3.h>
