#pragma once
// The bare SQLCipher C API doing the minimal equivalent of each benchmarked operation on the
// same file, with the same key and durability settings: the yardstick every figure is printed
// next to.

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace patron::bench {

class RawBaseline {
public:
    // keyHex empty: an unencrypted file.
    RawBaseline(const QString& path, const QByteArray& keyHex);
    ~RawBaseline();
    RawBaseline(const RawBaseline&) = delete;
    RawBaseline& operator=(const RawBaseline&) = delete;

    // Opens, keys and reads one barcode: "open ready to scan".
    static void openAndLookup(const QString& path, const QByteArray& keyHex, const QString& barcode);
    // Runs sql with one text parameter (may be null) and steps through every row.
    void query(const char* sql, const QString& arg = QString());
    // One transaction inserting `rows` narrow rows (a sale's worth of writes, fsync included).
    void insertRows(int rows);
    // Copies this (encrypted) database into an unencrypted file.
    void exportPlain(const QString& plainPath);
    // For PageCounter: the same counts on the baseline's connection.
    sqlite3* handle() const { return m_db; }

private:
    void exec(const char* sql);
    sqlite3* m_db = nullptr;
};

} // namespace patron::bench
