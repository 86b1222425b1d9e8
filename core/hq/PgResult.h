#pragma once
// RAII owner of one libpq result with explicit typed getters (rows and columns are 0-based).
// The header does not include libpq-fe.h: only core/hq/*.cpp do.

#include <QJsonDocument>
#include <QString>

#include <memory>

struct pg_result;

namespace patron {

class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result* result);

    int rows() const;
    int columns() const;
    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    qint64 int64(int row, int col) const;
    bool boolean(int row, int col) const;  // PostgreSQL's text form "t"/"f"
    QJsonDocument json(int row, int col) const;
    int columnIndex(const char* name) const;  // -1 when absent

private:
    struct Clear {
        void operator()(pg_result* r) const;
    };
    std::unique_ptr<pg_result, Clear> m_res;
};

} // namespace patron
