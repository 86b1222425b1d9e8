#include "catalog/Pinyin.h"

#include "catalog/PinyinTable.h"

#include <algorithm>
#include <queue>
#include <vector>

namespace patron {

namespace {

// One output position: the letters it may take, usual first. Most positions have one. Fixed
// storage, because this runs for every product of a 200,000-product import.
struct Choices {
    char16_t letters[sizeof(pinyin::PinyinEntry::initials)] = {};
    quint8 count = 0;
};

Choices single(char16_t letter)
{
    Choices c;
    c.letters[0] = letter;
    c.count = 1;
    return c;
}

const pinyin::PinyinEntry* findEntry(char32_t codePoint)
{
    using pinyin::kTable;
    const auto* end = kTable + pinyin::kTableSize;
    const auto* it = std::lower_bound(kTable, end, codePoint,
                                      [](const pinyin::PinyinEntry& e, char32_t cp) {
                                          return e.codePoint < cp;
                                      });
    return it != end && it->codePoint == codePoint ? it : nullptr;
}

// A candidate spelling: the rank of the reading chosen at each polyphonic position.
struct Candidate {
    int unusual = 0;  // how many positions use a reading other than the usual one
    std::vector<quint8> ranks;
    int lastRaised = 0;  // highest position raised on the way here (see enumerate())

    // Heap order: fewer unusual readings first, then lexicographic ranks.
    bool operator>(const Candidate& o) const
    {
        if (unusual != o.unusual)
            return unusual > o.unusual;
        return ranks > o.ranks;
    }
};

void appendFolded(char32_t cp, std::vector<Choices>& out)
{
    if (cp < 0x80) {
        const char16_t c = char16_t(cp);
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.push_back(single(c));
        else if (c >= u'A' && c <= u'Z')
            out.push_back(single(char16_t(c - u'A' + u'a')));
        return;
    }
    const QString one = QString::fromUcs4(&cp, 1);
    if (one.front().script() == QChar::Script_Han)
        return;  // a Chinese character without a Mandarin reading: nothing to type for it
    // NFKD splits "é" into "e" + accent and maps full-width "Ｑ" to "Q"; keep letters and digits.
    const QString decomposed = one.normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed)
        if (c.isLetterOrNumber())
            out.push_back(single(c.toLower().unicode()));
}

// The first `limit` spellings in the documented order. A best-first walk over a tree in which
// every rank vector has exactly one parent (its highest non-zero position lowered by one), and a
// child never sorts before its parent, so the heap yields spellings in order without ever
// building the full product (a name can have thousands of combinations).
std::vector<std::vector<quint8>> enumerate(const std::vector<int>& choiceCounts, int limit)
{
    std::vector<std::vector<quint8>> result;
    std::priority_queue<Candidate, std::vector<Candidate>, std::greater<>> heap;
    heap.push(Candidate{0, std::vector<quint8>(choiceCounts.size(), 0), 0});
    while (!heap.empty() && int(result.size()) < limit) {
        Candidate c = heap.top();
        heap.pop();
        for (int j = c.lastRaised; j < int(choiceCounts.size()); ++j) {
            if (c.ranks[j] + 1 >= choiceCounts[j])
                continue;
            Candidate child = c;
            if (child.ranks[j] == 0)
                ++child.unusual;
            ++child.ranks[j];
            child.lastRaised = j;
            heap.push(std::move(child));
        }
        result.push_back(std::move(c.ranks));
    }
    return result;
}

} // namespace

QString pinyinInitialsOf(char32_t codePoint)
{
    const auto* entry = findEntry(codePoint);
    return entry ? QString::fromLatin1(entry->initials) : QString();
}

QStringList pinyinInitials(const QString& name, int maxVariants)
{
    std::vector<Choices> positions;
    positions.reserve(size_t(name.size()));
    for (qsizetype i = 0; i < name.size(); ++i) {
        char32_t cp = name[i].unicode();
        if (name[i].isHighSurrogate() && i + 1 < name.size() && name[i + 1].isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(name[i], name[i + 1]);
            ++i;
        }
        // Below U+2E80 (CJK radicals) nothing has a Mandarin reading: skip the search.
        const auto* entry = cp >= 0x2E80 ? findEntry(cp) : nullptr;
        if (!entry) {
            appendFolded(cp, positions);
            continue;
        }
        Choices c;
        for (const char* p = entry->initials; *p; ++p)
            c.letters[c.count++] = char16_t(*p);
        positions.push_back(c);
    }
    if (positions.empty())
        return {};

    QString usual(qsizetype(positions.size()), Qt::Uninitialized);
    std::vector<int> polyphonic;  // indexes into positions with more than one choice
    std::vector<int> counts;
    for (int p = 0; p < int(positions.size()); ++p) {
        usual[p] = QChar(positions[p].letters[0]);
        if (positions[p].count > 1) {
            polyphonic.push_back(p);
            counts.push_back(positions[p].count);
        }
    }
    if (polyphonic.empty())
        return {usual};

    QStringList out;
    for (const auto& ranks : enumerate(counts, std::max(1, maxVariants))) {
        QString spelling = usual;
        for (size_t k = 0; k < polyphonic.size(); ++k)
            spelling[polyphonic[k]] = QChar(positions[polyphonic[k]].letters[ranks[k]]);
        out << spelling;
    }
    return out;
}

} // namespace patron
