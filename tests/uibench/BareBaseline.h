#pragma once
// The least the same work can cost, measured in the same run: the barcode looked up through the
// bare SQLCipher C API (a prepared statement, read-only connection) and one row appended to a
// QTableView over a QStandardItemModel, timed until that row is painted.

#include <QByteArray>
#include <QStandardItemModel>
#include <QString>
#include <QTableView>

struct sqlite3;
struct sqlite3_stmt;

namespace patron::uibench {

class PaintProbe;

class BareBaseline {
public:
    BareBaseline(const QString& dbPath, const QByteArray& keyHex, const QString& scratchPath);
    ~BareBaseline();
    BareBaseline(const BareBaseline&) = delete;
    BareBaseline& operator=(const BareBaseline&) = delete;

    // Milliseconds from the lookup's start to the new row painted; negative when the code is
    // unknown or nothing was painted within a second.
    double scanOnce(const QString& barcode, int cartLines);
    // Milliseconds for one INSERT committed to the scratch file.
    double durableWrite(const QString& barcode);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_lookup = nullptr;
    sqlite3* m_scratch = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    QStandardItemModel m_model;
    QTableView m_view;
    PaintProbe* m_probe;
};

} // namespace patron::uibench
