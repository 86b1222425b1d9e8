#pragma once
// A lock on the data directory, held for as long as a process has the store open. Everyone who
// opens the store holds it shared; restore needs it exclusive, so it can never replace a file
// that a till, patron-cli or the sync worker is using. (Writers among the sharers are serialised
// by SQLite itself: BEGIN IMMEDIATE plus a busy timeout, then a "store busy" error.)

#include "common/Result.h"

#include <QString>

namespace patron {

class StoreLock {
public:
    enum class Mode { Shared, Exclusive };
    static Result<StoreLock> acquire(const QString& dataDir, Mode mode);

    // Turns this shared lock into an exclusive one: for work that must have the store to itself
    // while it stays open here (compaction). StoreBusy when anyone else has it open; the lock is
    // then shared again (or, if a restore took it in between, released).
    Result<void> makeExclusive();

    StoreLock() = default;
    ~StoreLock();
    StoreLock(StoreLock&& other) noexcept;
    StoreLock& operator=(StoreLock&& other) noexcept;
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;

private:
    void release();
    qintptr m_handle = -1;
};

} // namespace patron
