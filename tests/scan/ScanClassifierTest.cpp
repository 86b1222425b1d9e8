#include "TestEnv.h"

#include "devices/scan/ScanClassifier.h"

using namespace patron;

namespace {

using Kind = ScanEvent::Kind;

// Feeds `text` one character per key, `gapMs` apart, starting at `startMs`; then Enter
// `enterGapMs` after the last key. Returns what the Enter completed.
ScanEvent typeAndEnter(ScanClassifier& c, const QString& text, qint64 gapMs, qint64 enterGapMs,
                       qint64 startMs = 1'000)
{
    qint64 t = startMs;
    for (qsizetype i = 0; i < text.size(); ++i, t += gapMs) {
        const ScanEvent e = c.key(text.mid(i, 1), t);
        REQUIRE(e.kind == Kind::None);
    }
    return c.terminator(t - gapMs + enterGapMs);
}

ScanEvent typeAndEnter(ScanClassifier& c, const QString& text, qint64 gapMs)
{
    return typeAndEnter(c, text, gapMs, gapMs);
}

const QString kEan = QStringLiteral("6901234567892");

} // namespace

TEST_CASE("A fast burst ending in Enter is a scan; slow keys are typing", "[scan]")
{
    ScanClassifier c;
    const ScanEvent scan = typeAndEnter(c, kEan, 8);
    CHECK(scan.kind == Kind::Scan);
    CHECK(scan.text == kEan);

    const ScanEvent typed = typeAndEnter(c, kEan, 120);
    CHECK(typed.kind == Kind::Typing);
    CHECK(typed.text == kEan);

    // A bare Enter is typing with nothing typed (the field's own Enter).
    const ScanEvent bare = c.terminator(99'000);
    CHECK(bare.kind == Kind::Typing);
    CHECK(bare.text.isEmpty());
}

TEST_CASE("Thresholds are inclusive", "[scan]")
{
    ScanClassifier c;  // defaults: 6 characters, average 30 ms, single gap 60 ms
    CHECK(typeAndEnter(c, kEan, 30).kind == Kind::Scan);
    CHECK(typeAndEnter(c, kEan, 31).kind == Kind::Typing);

    // Average exactly 30 from uneven gaps (20, 40, 20, 40, 20, 40: sum 180 over 6 gaps).
    qint64 t = 0;
    const qint64 gaps[] = {20, 40, 20, 40, 20};
    c.key(QStringLiteral("1"), t);
    for (int i = 0; i < 5; ++i)
        c.key(QString::number(i + 2), t += gaps[i]);
    const ScanEvent even = c.terminator(t += 40);
    CHECK(even.kind == Kind::Scan);
    CHECK(even.text == QStringLiteral("123456"));

    // One more millisecond anywhere and the average is over.
    t = 0;
    c.key(QStringLiteral("1"), t);
    for (int i = 0; i < 5; ++i)
        c.key(QString::number(i + 2), t += gaps[i]);
    CHECK(c.terminator(t += 41).kind == Kind::Typing);
}

TEST_CASE("Fewer characters than the minimum length is typing, however fast", "[scan]")
{
    ScanClassifier c;
    const ScanEvent five = typeAndEnter(c, QStringLiteral("12345"), 5);
    CHECK(five.kind == Kind::Typing);
    CHECK(five.text == QStringLiteral("12345"));
    CHECK(typeAndEnter(c, QStringLiteral("123456"), 5).kind == Kind::Scan);

    ScanSettings shortCodes;
    shortCodes.minLength = 4;
    ScanClassifier plu(shortCodes);
    CHECK(typeAndEnter(plu, QStringLiteral("1234"), 5).kind == Kind::Scan);
}

TEST_CASE("One slow gap in the middle of a burst makes it typing", "[scan]")
{
    ScanClassifier c;
    auto burstWithPause = [&c](qint64 pauseMs) {
        qint64 t = 0;
        for (int i = 0; i < 13; ++i) {
            t += i == 6 ? pauseMs : 8;
            c.key(kEan.mid(i, 1), t);
        }
        return c.terminator(t + 8);
    };
    // Average (12×8 + 100) / 13 ≈ 15 ms would pass; the single 100 ms gap does not.
    CHECK(burstWithPause(100).kind == Kind::Typing);
    CHECK(burstWithPause(61).kind == Kind::Typing);
    CHECK(burstWithPause(60).kind == Kind::Scan);  // exactly the single-gap limit

    // A slow Enter after fast digits: a person pasted or typed and then pressed Enter.
    CHECK(typeAndEnter(c, kEan, 8, 400).kind == Kind::Typing);
}

TEST_CASE("A configured prefix makes a scan whatever the speed, and is stripped", "[scan]")
{
    ScanSettings settings;
    settings.prefix = QStringLiteral("~");
    ScanClassifier c(settings);

    c.key(QStringLiteral("~"), 0);
    CHECK(c.receivingPrefixedScan());
    qint64 t = 0;
    for (QChar ch : QStringLiteral("1234"))
        c.key(QString(ch), t += 150);  // slow, and shorter than the minimum length
    const ScanEvent e = c.terminator(t += 150);
    CHECK(e.kind == Kind::Scan);
    CHECK(e.text == QStringLiteral("1234"));
    CHECK_FALSE(c.receivingPrefixedScan());

    // Without the prefix the timing rules still apply.
    CHECK(typeAndEnter(c, kEan, 8).kind == Kind::Scan);
    CHECK(typeAndEnter(c, kEan, 120).kind == Kind::Typing);
    // The prefix alone is no code.
    CHECK(typeAndEnter(c, QStringLiteral("~"), 8).kind == Kind::Typing);
}

TEST_CASE("A configured suffix completes a scan and its Enter is swallowed", "[scan]")
{
    ScanSettings settings;
    settings.suffix = QStringLiteral("#");
    ScanClassifier c(settings);
    qint64 t = 0;
    for (QChar ch : kEan)
        REQUIRE(c.key(QString(ch), t += 8).kind == Kind::None);
    const ScanEvent e = c.key(QStringLiteral("#"), t += 8);
    CHECK(e.kind == Kind::Scan);
    CHECK(e.text == kEan);
    CHECK(c.terminator(t += 8).kind == Kind::None);  // the scanner's own Enter after '#'
    // The UI clears its field (and the classifier) on a scan before that Enter arrives.
    for (QChar ch : kEan)
        c.key(QString(ch), t += 8);
    REQUIRE(c.key(QStringLiteral("#"), t += 8).kind == Kind::Scan);
    c.reset();
    CHECK(c.terminator(t += 8).kind == Kind::None);
    // An Enter later than the single-gap limit after a suffix scan is the cashier's.
    for (QChar ch : kEan)
        c.key(QString(ch), t += 8);
    REQUIRE(c.key(QStringLiteral("#"), t += 8).kind == Kind::Scan);
    CHECK(c.terminator(t += 61).kind == Kind::Typing);

    // A later Enter is the cashier's.
    CHECK(c.terminator(t += 5'000).kind == Kind::Typing);

    // A person typing '#' slowly does not complete anything; the '#' stays in the text.
    const ScanEvent typed = typeAndEnter(c, QStringLiteral("abc#def"), 150);
    CHECK(typed.kind == Kind::Typing);
    CHECK(typed.text == QStringLiteral("abc#def"));
}

TEST_CASE("Prefix and suffix together are both stripped", "[scan]")
{
    ScanSettings settings;
    settings.prefix = QStringLiteral("\u0002");  // STX, a common scanner preamble
    settings.suffix = QStringLiteral("\u0003");
    ScanClassifier c(settings);
    c.key(QStringLiteral("\u0002"), 0);
    c.key(QStringLiteral("AB"), 200);
    const ScanEvent e = c.key(QStringLiteral("\u0003"), 400);
    CHECK(e.kind == Kind::Scan);
    CHECK(e.text == QStringLiteral("AB"));
}

TEST_CASE("Full-width digits from an IME are normalised in a scan", "[scan]")
{
    ScanClassifier c;
    const ScanEvent e = typeAndEnter(c, QStringLiteral("６９０１２３４５６７８９２"), 8);
    CHECK(e.kind == Kind::Scan);
    CHECK(e.text == kEan);
    // Typing is returned as typed: it goes back into the field unchanged.
    const ScanEvent typed = typeAndEnter(c, QStringLiteral("６９０１２３"), 200);
    CHECK(typed.kind == Kind::Typing);
    CHECK(typed.text == QStringLiteral("６９０１２３"));

    // A full-width prefix from the IME still matches the configured ASCII one.
    ScanSettings settings;
    settings.prefix = QStringLiteral("#");
    ScanClassifier prefixed(settings);
    const ScanEvent p = typeAndEnter(prefixed, QStringLiteral("＃１２３"), 200);
    CHECK(p.kind == Kind::Scan);
    CHECK(p.text == QStringLiteral("123"));
}

TEST_CASE("An input-method commit followed by a person's Enter is typing", "[scan]")
{
    ScanClassifier c;
    // Several characters in one commit have no gaps between them; the Enter decides.
    c.key(QStringLiteral("康师傅红烧牛肉面"), 0);
    const ScanEvent e = c.terminator(250);
    CHECK(e.kind == Kind::Typing);
    CHECK(e.text == QStringLiteral("康师傅红烧牛肉面"));
}

TEST_CASE("reset() forgets the keys so far; clocks stepping back do not break it", "[scan]")
{
    ScanClassifier c;
    c.key(QStringLiteral("abc"), 0);
    c.key(QStringLiteral("d"), 2'000);
    c.reset();
    CHECK(typeAndEnter(c, kEan, 8, 8, 5'000).kind == Kind::Scan);

    qint64 t = 10'000;
    for (QChar ch : kEan)
        c.key(QString(ch), t -= 5);  // timestamps going backwards count as no gap
    const ScanEvent e = c.terminator(t);
    CHECK(e.kind == Kind::Scan);
    CHECK(e.text == kEan);
}

TEST_CASE("Scanner settings round-trip and refuse nonsense", "[scan]")
{
    ScanSettings s;
    s.minLength = 8;
    s.maxAverageGapMs = 50;
    s.maxGapMs = 90;
    s.prefix = QStringLiteral("~");
    s.suffix = QStringLiteral("#");
    auto back = ScanSettings::fromJson(s.toJson());
    REQUIRE_OK(back);
    CHECK(back->minLength == 8);
    CHECK(back->maxAverageGapMs == 50);
    CHECK(back->maxGapMs == 90);
    CHECK(back->prefix == QStringLiteral("~"));
    CHECK(back->suffix == QStringLiteral("#"));

    auto defaults = ScanSettings::fromJson(QJsonObject{});
    REQUIRE_OK(defaults);
    CHECK(defaults->minLength == 6);
    CHECK(defaults->maxAverageGapMs == 30);

    for (const QJsonObject& bad :
         {QJsonObject{{QStringLiteral("minLength"), 0}},
          QJsonObject{{QStringLiteral("maxAverageGapMs"), 5000}},
          QJsonObject{{QStringLiteral("maxGapMs"), QStringLiteral("60")}},
          QJsonObject{{QStringLiteral("minLength"), -3}}}) {
        auto r = ScanSettings::fromJson(bad);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::InvalidInput);
    }
}
