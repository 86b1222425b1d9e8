#include "TestEnv.h"

#include "catalog/Pinyin.h"

#include <QSet>
#include <QStringDecoder>

using namespace patron;

namespace {
QSet<QString> asSet(const QStringList& list) { return QSet<QString>(list.begin(), list.end()); }
} // namespace

TEST_CASE("Polyphones give every spelling", "[pinyin]")
{
    // 长 zhǎng/cháng, 重 zhòng/chóng, 行 xíng/háng, 乐 lè/yuè (Xiandai Hanyu Cidian readings).
    const auto changcheng = pinyinInitials(QStringLiteral("长城"));
    CHECK(asSet(changcheng) == QSet<QString>{QStringLiteral("cc"), QStringLiteral("zc")});
    CHECK(changcheng.size() == 2);

    const auto chongqing = asSet(pinyinInitials(QStringLiteral("重庆")));
    CHECK(chongqing.contains(QStringLiteral("cq")));
    CHECK(chongqing.contains(QStringLiteral("zq")));

    const auto yinhang = asSet(pinyinInitials(QStringLiteral("银行")));
    CHECK(yinhang == QSet<QString>{QStringLiteral("yh"), QStringLiteral("yx")});

    const auto yinyue = asSet(pinyinInitials(QStringLiteral("音乐")));
    CHECK(yinyue == QSet<QString>{QStringLiteral("yl"), QStringLiteral("yy")});

    CHECK(pinyinInitialsOf(U'长') == QStringLiteral("zc"));
    CHECK(pinyinInitialsOf(U'城') == QStringLiteral("c"));
    CHECK(pinyinInitialsOf(U'A').isEmpty());
}

TEST_CASE("The first spelling uses each character's usual reading", "[pinyin]")
{
    CHECK(pinyinInitials(QStringLiteral("康师傅红烧牛肉面")).first() == QStringLiteral("ksfhsnrm"));
    CHECK(pinyinInitials(QStringLiteral("长城")).first() == QStringLiteral("zc"));
    CHECK(pinyinInitials(QStringLiteral("重庆")).first() == QStringLiteral("zq"));
    CHECK(pinyinInitials(QStringLiteral("银行")).first() == QStringLiteral("yx"));
    // A literal table of common characters and their usual initials.
    const std::pair<const char16_t*, const char*> usual[] = {
        {u"中国人民", "zgrm"}, {u"的了和", "dlh"},      {u"可口可乐", "kkkl"},
        {u"矿泉水", "kqs"},    {u"农夫山泉", "nfsq"},    {u"蒙牛纯牛奶", "mncnn"},
        {u"洗发水", "xfs"},    {u"五常大米", "wcdm"},    {u"鸡蛋", "jd"},
    };
    for (const auto& [name, initials] : usual) {
        const QString n = QString::fromUtf16(name);
        INFO(n.toStdString());
        CHECK(pinyinInitials(n).first() == QString::fromLatin1(initials));
    }
}

TEST_CASE("Letters and digits are kept, punctuation and spaces dropped", "[pinyin]")
{
    CHECK(pinyinInitials(QStringLiteral("康师傅Q版")).first() == QStringLiteral("ksfqb"));
    CHECK(pinyinInitials(QStringLiteral("可口可乐 (330ml)")).first() == QStringLiteral("kkkl330ml"));
    CHECK(pinyinInitials(QStringLiteral("ＡＢＣ－１２３")).first() == QStringLiteral("abc123"));
    CHECK(pinyinInitials(QStringLiteral("Café · Latte")).first() == QStringLiteral("cafelatte"));
    CHECK(pinyinInitials(QStringLiteral("矿泉水550mL×24")).first() == QStringLiteral("kqs550ml24"));
    CHECK(pinyinInitials(QStringLiteral("  ，。！")).isEmpty());
    CHECK(pinyinInitials(QString()).isEmpty());
    // U+3402 is a CJK character with no Mandarin reading in Unihan: nothing to type for it.
    CHECK(pinyinInitials(QStringLiteral("\u3402牛")) == QStringList{QStringLiteral("n")});
}

TEST_CASE("Characters beyond the BMP are read through their surrogate pairs", "[pinyin]")
{
    // U+20001 (CJK Extension B) reads qiū in Unihan.
    CHECK(pinyinInitialsOf(0x20001) == QStringLiteral("q"));
    const QString name = QStringLiteral("牛") + QString::fromUcs4(U"\U00020001", 1);
    CHECK(pinyinInitials(name) == QStringList{QStringLiteral("nq")});
}

TEST_CASE("Too many spellings are capped, keeping the closest to the usual reading", "[pinyin]")
{
    // 长 × 5 has 32 spellings. With a cap of 16 exactly those with at most two c's are kept:
    // 1 + C(5,1) + C(5,2) = 16.
    const QString name = QStringLiteral("长长长长长");
    const auto capped = pinyinInitials(name, 16);
    REQUIRE(capped.size() == 16);
    QSet<QString> expected;
    for (int mask = 0; mask < 32; ++mask) {
        if (__builtin_popcount(mask) > 2)
            continue;
        QString s;
        for (int bit = 4; bit >= 0; --bit)
            s += (mask >> bit) & 1 ? u'c' : u'z';
        expected.insert(s);
    }
    CHECK(asSet(capped) == expected);

    // Order within the same number of unusual readings: the last character varies first.
    CHECK(pinyinInitials(name, 6) == QStringList{QStringLiteral("zzzzz"), QStringLiteral("zzzzc"),
                                                 QStringLiteral("zzzcz"), QStringLiteral("zzczz"),
                                                 QStringLiteral("zczzz"), QStringLiteral("czzzz")});
    CHECK(pinyinInitials(name, 100).size() == 32);
    CHECK(asSet(pinyinInitials(name, 100)).size() == 32);
    CHECK(pinyinInitials(name, 0) == QStringList{QStringLiteral("zzzzz")});
    CHECK(pinyinInitials(name, -3) == QStringList{QStringLiteral("zzzzz")});
    CHECK(pinyinInitials(name, 16) == capped);  // deterministic

    // A long name with many polyphones stays bounded (2^40 spellings exist).
    const auto huge = pinyinInitials(QString(40, u'长'));
    CHECK(huge.size() == 16);
    CHECK(huge.first() == QString(40, u'z'));
}

TEST_CASE("Every GB2312 hanzi has a pinyin initial", "[pinyin]")
{
    // GB2312 level 1 and 2 hanzi are rows 0xB0-0xF7, columns 0xA1-0xFE, minus the five
    // unassigned D7FA-D7FE: 72 × 94 − 5 = 6,763 characters.
    QStringDecoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    int checked = 0;
    QStringList missing;
    for (int row = 0xB0; row <= 0xF7; ++row) {
        for (int col = 0xA1; col <= 0xFE; ++col) {
            if (row == 0xD7 && col >= 0xFA)
                continue;
            const char bytes[2] = {char(row), char(col)};
            const QString ch = gb18030.decode(QByteArrayView(bytes, 2));
            REQUIRE(ch.size() == 1);
            REQUIRE(ch.front().script() == QChar::Script_Han);
            const QStringList initials = pinyinInitials(ch);
            if (initials.isEmpty() || initials.first().size() != 1
                || initials.first().front() < u'a' || initials.first().front() > u'z')
                missing << ch;
            ++checked;
        }
    }
    CHECK(checked == 6763);
    INFO(missing.join(QString()).toStdString());
    CHECK(missing.isEmpty());
}
