define([], function() {
  return {
    "Title": "CommunitySiteHeaderApplicationCustomizer"
  }
});