//! Markdown export (CommonMark with GitHub tables) for minutes, wikis and intranets.
