#pragma once
// Compact JSON written straight into UTF-8 bytes, for the few hot paths where building a
// QJsonObject first costs more than the work itself: the checkout's `sale.completed` event was
// ~15 % of the checkout's CPU as QJsonObject → QJsonDocument → QString → UTF-8 (docs/performance.md).
//
// Keys are written in ascending order (asserted in debug builds), which is the order
// QJsonDocument writes them in; with its escaping rules copied too, the bytes are the same as
// QJsonDocument::toJson(Compact) gives for the same object, so an event looks the same in the
// outbox whichever way it was built (JsonWriterTest compares the two).

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

namespace patron {

class JsonWriter {
public:
    explicit JsonWriter(qsizetype reserve = 256);

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();

    // A member's name: plain ASCII, each greater than the one before in the same object.
    JsonWriter& key(QLatin1StringView name);

    JsonWriter& value(const QString& text);  // a null QString is written as "", as QJsonValue does
    JsonWriter& value(qint64 number);
    JsonWriter& value(int number) { return value(qint64(number)); }
    JsonWriter& value(bool flag);
    JsonWriter& value(const char*) = delete;  // would silently become a bool
    JsonWriter& null();

    template <typename T>
    JsonWriter& field(QLatin1StringView name, const T& v)
    {
        key(name);
        return value(v);
    }

    // The finished document; the writer is empty afterwards. A malformed one (nothing written, two
    // top-level values, a value in an object without its key, a key outside an object, an unclosed
    // or wrongly closed container) is a programming error: take() throws std::logic_error rather
    // than hand out invalid JSON, which the outbox would otherwise read back as an empty event.
    // Inside a unit of work, guarded() turns it into an Internal error and the work rolls back.
    QByteArray take();

private:
    void beforeValue();
    void writeString(const QString& text);

    struct Level {
        bool object = false;
        bool empty = true;
        QLatin1StringView lastKey;
    };
    QByteArray m_out;
    QVarLengthArray<Level, 8> m_levels;
    bool m_afterKey = false;
    bool m_malformed = false;
};

} // namespace patron
