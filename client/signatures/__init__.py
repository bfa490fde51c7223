"""Digital signatures in PDF attachments: verification (offline, bounded) and signing with a PKCS#11 token. No Qt."""
