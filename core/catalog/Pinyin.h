#pragma once
// Pinyin initials (助记码) of product and member names, for the one search box at the till.

#include <QString>
#include <QStringList>

namespace patron {

// Every pinyin-initial spelling of `name`, one letter per Chinese character: 长城 → {"zc", "cc"}
// (长 reads zhǎng and cháng). Readings come from Unihan (kMandarin, kTGHZ2013, kXHC1983,
// kHanyuPinyin), so polyphones give every combination.
//
// Other characters: letters and digits are kept, lower-cased, with accents and full width
// removed ("康师傅Q版" → "ksfqb", "Ｃａｆé" → "cafe"); spaces and punctuation are dropped, and so
// is a Chinese character without any Mandarin reading.
//
// Order and cap: variants are ordered by how many characters use a less usual reading, fewest
// first; ties in lexicographic order of the readings' ranks, earlier characters varying last.
// So the first variant uses each character's usual reading (kMandarin's) and is the one to
// show; when a name has more than `maxVariants` spellings, the kept ones are the first
// `maxVariants` of this order, i.e. those closest to the usual reading. The result is
// deterministic. maxVariants < 1 is taken as 1. An empty list means nothing searchable.
QStringList pinyinInitials(const QString& name, int maxVariants = 16);

// The initials of one code point, usual reading first ("zc" for 长); empty when it has no
// Mandarin reading in the table. Exposed for tests and for editors that show the choices.
QString pinyinInitialsOf(char32_t codePoint);

} // namespace patron
