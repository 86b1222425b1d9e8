#pragma once
// A head-office transaction that rolls back in its destructor unless committed, like the local
// store's Transaction. Never throws; begin and commit report through Result.

#include "common/Result.h"

namespace patron {

class PgConnection;

class PgTransaction {
public:
    explicit PgTransaction(PgConnection& conn) : m_conn(conn) {}
    ~PgTransaction();
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    PgConnection& m_conn;
    bool m_open = false;
};

} // namespace patron
