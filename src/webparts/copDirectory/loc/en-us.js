define([], function () {
  return {
    PropertyPaneDescription: "Choose how the directory of communities looks.",
    BasicGroupName: "Directory",
    TitleFieldLabel: "Title",
    DefaultTitle: "Communities of practice",
    EmptyTitle: "No communities yet",
    EmptyBody: "When the POD team adds communities, they appear here.",
    StatusLabel: "Status",
    PracticeAreaLabel: "Practice area",
    CommunitiesCount: "{0} communities"
  };
});
