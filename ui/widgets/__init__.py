"""Small widgets and helpers shared by the screens: plain-text labels, colours, banners."""
