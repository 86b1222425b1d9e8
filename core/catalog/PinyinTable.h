#pragma once
// The generated pinyin-initial table (PinyinTable.cpp, made by tools/gen_pinyin_table.py).
// Internal to the catalog: callers use pinyinInitials() from Pinyin.h.

#include <cstddef>

namespace patron::pinyin {

// One character's distinct pinyin initials, its usual reading's initial first ("zc" for 长).
// A fixed array rather than a pointer keeps the table free of relocations and lookups
// cache-friendly; 7 letters is the most any character has (the generator checks).
struct PinyinEntry {
    char32_t codePoint;
    char initials[8];
};

extern const PinyinEntry kTable[];  // sorted by codePoint
extern const std::size_t kTableSize;

} // namespace patron::pinyin
