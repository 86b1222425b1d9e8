#pragma once
// Applies one kind of pulled change (product, member, points, …) to the till's own tables.
// Each domain registers its handler with the PullInbox; a kind with no handler waits in the
// inbox until one is registered, so nothing pulled is lost.

namespace patron {

class Database;
struct PulledChange;

class PullHandler {
public:
    virtual ~PullHandler() = default;
    // Runs inside the inbox's transaction; throws StoreException on a storage error. Must be
    // idempotent: a change may be applied again after a crash between apply and commit.
    virtual void apply(Database& db, const PulledChange& change) = 0;
};

} // namespace patron
