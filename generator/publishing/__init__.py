"""Publishing: building the site, writing dist/, hosting files and delivery."""
