import sys

from client.ui.app import main

sys.exit(main())
