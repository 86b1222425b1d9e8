#pragma once
// SQLCipher 3.4.1's provider interface. Debian installs no sqlcipher.h, so the table is declared
// here as that release's src/sqlcipher.h has it. Checked against libsqlcipher0 3.4.1-2+b1's
// machine code: sqlcipher_openssl_setup() fills twenty pointers (offsets 0x00-0x98, the table is
// freed as 0xa0 bytes), `hmac` at 0x28 takes no algorithm argument (SHA-1 only) and `cipher` at
// 0x38 reads the cipher from the first word of its context. PageCipher installs nothing unless
// `PRAGMA cipher_version` says 3.4.1 (PageCipher::reusedAvailable). Private to core/store and its
// tests.
extern "C" {
struct sqlcipher_provider
{
    int (*activate)(void* ctx);
    int (*deactivate)(void* ctx);
    const char* (*get_provider_name)(void* ctx);
    int (*add_random)(void* ctx, void* buffer, int length);
    int (*random)(void* ctx, void* buffer, int length);
    int (*hmac)(void* ctx, unsigned char* hmac_key, int key_sz, unsigned char* in, int in_sz,
                unsigned char* in2, int in2_sz, unsigned char* out);
    int (*kdf)(void* ctx, const unsigned char* pass, int pass_sz, unsigned char* salt, int salt_sz,
               int workfactor, int key_sz, unsigned char* key);
    int (*cipher)(void* ctx, int mode, unsigned char* key, int key_sz, unsigned char* iv,
                  unsigned char* in, int in_sz, unsigned char* out);
    int (*set_cipher)(void* ctx, const char* cipher_name);
    const char* (*get_cipher)(void* ctx);
    int (*get_key_sz)(void* ctx);
    int (*get_iv_sz)(void* ctx);
    int (*get_block_sz)(void* ctx);
    int (*get_hmac_sz)(void* ctx);
    int (*ctx_copy)(void* target_ctx, void* source_ctx);
    int (*ctx_cmp)(void* c1, void* c2);
    int (*ctx_init)(void** ctx);
    int (*ctx_free)(void** ctx);
    int (*fips_status)(void* ctx);
    const char* (*get_provider_version)(void* ctx);
};
int sqlcipher_register_provider(sqlcipher_provider* provider);
sqlcipher_provider* sqlcipher_get_provider(void);
int sqlcipher_openssl_setup(sqlcipher_provider* provider);
void* sqlcipher_malloc(int size);
void sqlcipher_free(void* ptr, int size);
}

static_assert(sizeof(sqlcipher_provider) == 0xa0, "SQLCipher 3.4.1's provider table is 20 pointers");
