#include "BareBaseline.h"

#include "PaintProbe.h"
#include "store/PageCipher.h"

#include <sqlite3.h>

#include <QEventLoop>
#include <QHeaderView>
#include <QTimer>

#include <chrono>
#include <stdexcept>
#include <string>

namespace patron::uibench {

BareBaseline::BareBaseline(const QString& dbPath, const QByteArray& keyHex, const QString& scratchPath)
{
    // Read-only: the baseline must not change a store other benchmarks use.
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        throw std::runtime_error("open " + dbPath.toStdString());
    // The settings Database::open applies: a raw key, 4096-byte pages; SQLCipher's own page
    // cipher, so the baseline is what any SQLCipher program gets.
    PageCipher::use(PageCipher::Provider::Stock);
    const QByteArray sql = "PRAGMA key = \"x'" + keyHex + "'\"; PRAGMA cipher_page_size = 4096;";
    if (sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_db,
                              "SELECT p.id, p.name, p.price_minor FROM product_barcodes b JOIN products p ON p.id = b.product_id"
                              " WHERE b.code = ?",
                              -1, &m_lookup, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("baseline: ") + sqlite3_errmsg(m_db));
    if (sqlite3_open_v2(scratchPath.toUtf8().constData(), &m_scratch, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        throw std::runtime_error("open " + scratchPath.toStdString());
    const QByteArray scratchSql = "PRAGMA key = \"x'" + keyHex + "'\"; PRAGMA cipher_page_size = 4096;"
                                  " PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                                  " CREATE TABLE IF NOT EXISTS lines (id INTEGER PRIMARY KEY, code TEXT NOT NULL, qty INTEGER NOT NULL);";
    if (sqlite3_exec(m_scratch, scratchSql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK
        || sqlite3_prepare_v2(m_scratch, "INSERT INTO lines(code, qty) VALUES (?, 1000)", -1, &m_insert, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("baseline scratch: ") + sqlite3_errmsg(m_scratch));
    m_model.setColumnCount(5);
    m_view.setModel(&m_model);
    m_view.verticalHeader()->hide();
    m_view.verticalHeader()->setDefaultSectionSize(40);  // as the cart's rows
    m_view.horizontalHeader()->setStretchLastSection(true);
    m_view.resize(600, 480);
    m_view.setAttribute(Qt::WA_ShowWithoutActivating);  // the till keeps the keyboard
    m_view.show();
    m_probe = new PaintProbe(&m_view);
}

BareBaseline::~BareBaseline()
{
    sqlite3_finalize(m_insert);
    sqlite3_close(m_scratch);
    sqlite3_finalize(m_lookup);
    sqlite3_close(m_db);
}

double BareBaseline::durableWrite(const QString& barcode)
{
    const QByteArray code = barcode.toUtf8();
    const auto start = std::chrono::steady_clock::now();
    sqlite3_reset(m_insert);
    sqlite3_bind_text(m_insert, 1, code.constData(), int(code.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(m_insert) != SQLITE_DONE)
        return -1;
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

double BareBaseline::scanOnce(const QString& barcode, int cartLines)
{
    if (m_model.rowCount() >= cartLines)
        m_model.setRowCount(0);
    QEventLoop loop;
    bool painted = false;
    std::chrono::steady_clock::time_point end;
    const int row = m_model.rowCount();
    m_probe->expectRow(row, [&] {
        end = std::chrono::steady_clock::now();
        painted = true;
        loop.quit();
    });
    const auto start = std::chrono::steady_clock::now();
    const QByteArray code = barcode.toUtf8();
    sqlite3_reset(m_lookup);
    sqlite3_bind_text(m_lookup, 1, code.constData(), int(code.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(m_lookup) != SQLITE_ROW)
        return -1;
    const QString name = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(m_lookup, 1)));
    const qint64 price = sqlite3_column_int64(m_lookup, 2);
    m_model.appendRow({new QStandardItem(QString::number(row + 1)), new QStandardItem(name), new QStandardItem(QStringLiteral("1")),
                       new QStandardItem(QString::number(price)), new QStandardItem(QString::number(price))});
    m_view.scrollToBottom();
    QTimer::singleShot(1000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!painted)
        return -1;
    return std::chrono::duration<double, std::milli>(end - start).count();
}

} // namespace patron::uibench
